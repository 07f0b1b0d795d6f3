import type { TextWidth } from '../internal/measure.js';

// Fixed font metrics, as Observable Plot's defaultWidth: text is measured from a table instead
// of the machine's fonts, so that a drawing is the same on every machine whatever fonts it has
// installed (the canvas answers differ between Linux, macOS and CI images, and wrapping, value
// placement and heights follow them). Used by the snapshot goldens and by static rendering
// (SVG, PNG and HTML made in Node); readers' charts keep measuring with the canvas
// (src/internal/measure.ts). The PNG is drawn in Arimo, whose advance widths are Arial's: the
// table below.
//
// Advance widths in thousandths of an em of Helvetica (regular and bold, the metrics of the
// PDF core fonts; Arial and Liberation Sans share them), for printable ASCII. The chart's
// default font is the page's sans-serif, for which these are a fair stand-in.
// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Width of any other character (Arabic, Hebrew, CJK, symbols): an average letter, as Plot's "e". */
export const FALLBACK_WIDTH = 556;
// Typographic punctuation and spaces the datasets and messages use, at their regular widths.
const EXTRA: Record<string, number> = {
  '\u00a0': 278, '\u202f': 278, '\u2009': 200, '\u2018': 222, '\u2019': 222, '\u201c': 333, '\u201d': 333,
  '\u2013': 556, '\u2014': 1000, '\u2026': 1000, '\u00d7': 584, '\u2212': 584,
};
// Marks that take no room: combining accents (after NFD, "é" is "e" + U+0301), direction
// marks and isolates, joiners and the byte-order mark.
const ZERO = /[\p{M}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** The advance width of one character in thousandths of an em, at a weight from 100 to 900. */
export function characterWidth(char: string, weight = 400): number {
  if (ZERO.test(char)) return 0;
  if (EXTRA[char] !== undefined) return EXTRA[char];
  const code = char.charCodeAt(0);
  if (char.length > 1 || code < 0x20 || code > 0x7e) return FALLBACK_WIDTH;
  const i = code - 0x20;
  // Between regular (400) and bold (700) the widths are interpolated; beyond, held.
  const t = Math.min(1, Math.max(0, (weight - 400) / 300));
  return REGULAR[i] + (BOLD[i] - REGULAR[i]) * t;
}

/** The weight and size in px of a CSS font shorthand ("700 14px system-ui"). */
export function parseFont(font: string): { weight: number; size: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
  const keyword = /\bbold\b/.test(font) ? 700 : 400;
  const weight = Number(/(?:^|\s)([1-9]00)(?:\s|$)/.exec(font)?.[1] ?? keyword);
  return { weight, size };
}

/**
 * The width in px of a line of text in a CSS font, from the table above: the family is
 * ignored, so the answer is the same on every machine. A drop-in for measureText.
 */
export const fixedTextWidth: TextWidth = (text, font) => {
  const { weight, size } = parseFont(font);
  let sum = 0;
  for (const char of text.normalize('NFD')) sum += characterWidth(char, weight);
  return (sum * size) / 1000;
};
