import { characterWidth, fixedTextWidth, parseFont } from './metrics.js';
import { BOLD, REGULAR } from './rtl-widths.js';

// How a static render measures text: with the widths of the font it is drawn in, from tables,
// so that the layout is the same on every machine. Texts in Latin script are drawn in Arimo,
// whose widths are Helvetica's table (metrics.ts, the goldens' own); a text with Arabic or
// Hebrew letters (or an arrow, which Arimo's Latin files lack) is drawn whole in DejaVu Sans, which holds those scripts and Latin digits and
// punctuation in one face (resvg cannot mix faces within a right-to-left text), and is
// measured with DejaVu's advance widths. Arabic letters are measured in their isolated forms:
// joined forms are mostly narrower, so a layout errs on the roomy side.

/**
 * The texts drawn in DejaVu Sans: with Arabic or Hebrew letters, or with an arrow (a figure's
 * history, "27 of 28 → 28 of 28"), which Arimo's Latin files lack (resvg then drew the whole
 * line in DejaVu, wider than measured, past the edge at 320 px).
 */
export const RTL_SCRIPT = /[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\u2190\u2192\u2194-\u21ff]/u;

/** The family a text is drawn in, in a file. */
export const RTL_FAMILY = "'DejaVu Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', Tahoma, sans-serif";

function dejavuWidth(char: string, bold: boolean): number {
  const code = char.codePointAt(0)!;
  for (const range of bold ? BOLD : REGULAR) {
    if (code >= range[0] && code < range[0] + range.length - 1) {
      const w = range[1 + code - range[0]];
      if (w >= 0) return w;
    }
  }
  // Arrows, which the tables lack: DejaVu draws them as wide as its "+" (838).
  if (code >= 0x2190 && code <= 0x21ff) return 838;
  // Isolates and other marks the tables lack take no room; anything else, an average letter.
  return /[\p{M}\u2066-\u2069]/u.test(char) ? 0 : characterWidth(char);
}

/** The width in px of a line of text in a CSS font ("700 14px sans-serif"), as a static render draws it. */
export function staticTextWidth(text: string, font: string): number {
  if (!RTL_SCRIPT.test(text)) return fixedTextWidth(text, font);
  const { size, weight } = parseFont(font);
  const bold = weight >= 600;
  let sum = 0;
  for (const char of text) sum += dejavuWidth(char, bold);
  return (sum * size) / 1000;
}
