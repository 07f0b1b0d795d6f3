import type { ChartFigure } from './figures.js';

// What every view's layout shares: text kinds, measuring, wrapping and mirroring. Layouts are
// pure: they get the width, the texts and a `measure` function, and return coordinates. The
// same input always gives the same drawing, so the height is known before anything is drawn.

/** The text styles the chart draws; each has a fixed size so that layouts can be computed. */
export type TextKind = 'label' | 'strong' | 'axis';

/** Font size in px and line height per kind of text. */
export const TEXT: Readonly<Record<TextKind, { size: number; weight: number; line: number }>> = Object.freeze({
  label: { size: 13, weight: 400, line: 17 },
  strong: { size: 14, weight: 700, line: 19 },
  axis: { size: 12, weight: 400, line: 15 },
});

/** Width in px of a text in one of the chart's text styles. */
export type Measure = (text: string, kind?: TextKind) => number;

/** A CSS font for a kind of text, in a family ("600 14px Georgia"). */
export function fontFor(kind: TextKind, family: string): string {
  return `${TEXT[kind].weight} ${TEXT[kind].size}px ${family}`;
}

/**
 * A line of text to draw. `x` is where the text is anchored and `anchor` is logical, as SVG's
 * text-anchor reads it in the text's own direction: in a right-to-left chart `start` is the
 * right edge. `y` is the top of the line box; the template adds the baseline.
 */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  kind: TextKind;
  width: number;
  /** A line under a figure: its "Updated …" mark, or a note pinned to it (see figureNotes). */
  note?: 'updated' | 'pinned';
  /** The language of a dataset text that is not the reader's. */
  lang?: string;
}

/** The physical box a line of text covers: for overlap and overflow checks. */
export function textBox(line: TextLine, rtl: boolean): { x0: number; x1: number; y0: number; y1: number } {
  const { x, width } = line;
  // In RTL the logical start is the right edge.
  const startsLeft = (line.anchor === 'start') !== rtl;
  const x0 = line.anchor === 'middle' ? x - width / 2 : startsLeft ? x : x - width;
  return { x0, x1: x0 + width, y0: line.y, y1: line.y + TEXT[line.kind].line };
}

/** The words a text may wrap between: never at a no-break space ("2 000" in French, "16 באוק׳ 2025" in a source's date). */
export const wordsOf = (text: string): string[] => text.split(/[^\S\u00a0\u202f]+/).filter(Boolean);

/**
 * A text broken into lines no wider than `maxWidth`, at spaces. A word longer than the line
 * is broken by characters, so no line ever overflows.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, kind: TextKind = 'label'): string[] {
  const words = wordsOf(text);
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, kind) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word, kind) <= maxWidth) {
      line = word;
      return;
    }
    // A single word wider than the line: split it where it stops fitting.
    let part = '';
    for (const char of word) {
      if (part && measure(part + char, kind) > maxWidth) {
        lines.push(part);
        part = '';
      }
      part += char;
    }
    line = part;
  };
  words.forEach(push);
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Lines of a wrapped text, stacked from `y`, anchored at the logical start of the chart. */
export function stackLines(
  lines: string[],
  y: number,
  options: { width: number; rtl: boolean; measure: Measure; kind?: TextKind; inset?: number },
): TextLine[] {
  const kind = options.kind ?? 'label';
  const inset = options.inset ?? 0;
  const x = options.rtl ? options.width - inset : inset;
  return lines.map((text, i) => ({ text, x, y: y + i * TEXT[kind].line, anchor: 'start', kind, width: options.measure(text, kind) }));
}

/** A rectangle's x mirrored for right-to-left charts: the same rectangle seen from the right. */
export function mirrorRect(x: number, w: number, width: number, rtl: boolean): number {
  return rtl ? width - x - w : x;
}

/** Rounds to 1/100 px: positions stay stable across browsers and in snapshots. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The kind of colour a figure takes: its side's position among the dataset's sides. */
export type SideIndex = 0 | 1;

/**
 * The logical text-anchor that aligns a text's physical left (or right) edge at x, in a text
 * written left to right or right to left.
 */
export function alignAnchor(edge: 'left' | 'right', rtl: boolean): 'start' | 'end' {
  return (edge === 'left') !== rtl ? 'start' : 'end';
}

type StackOptions = { width: number; rtl: boolean; measure: Measure };

/** A group's heading (a side of the exchange) at y in strong text: its lines and the y below. */
export function groupHeading(text: string, y: number, options: StackOptions): { label: TextLine[]; y: number } {
  const lines = wrapText(text, options.width, options.measure, 'strong');
  return { label: stackLines(lines, y, { ...options, kind: 'strong' }), y: y + lines.length * TEXT.strong.line + 4 };
}

/** A figure's label lines at y and its value with qualifier under them, each wrapped: the lines and the y below. */
export function figureHeading(
  figure: { label: string; valueText: string },
  y: number,
  options: StackOptions,
): { label: TextLine[]; value: TextLine[]; y: number } {
  const lines = wrapText(figure.label, options.width, options.measure);
  const label = stackLines(lines, y, options);
  const below = y + lines.length * TEXT.label.line;
  // The value wraps too: a unit may be a long phrase ("nearly 2,000 detainees held …").
  const values = wrapText(figure.valueText, options.width, options.measure, 'strong');
  const value = stackLines(values, below, { ...options, kind: 'strong' });
  return { label, value, y: below + values.length * TEXT.strong.line };
}

/** Space between a figure's mark and the lines under it. */
const NOTES_GAP = 4;

/**
 * The lines under a figure's mark, stacked from y in the flow of the layout (so they meet
 * nothing): "Updated Jan 26, 2026" when it changed, then each note pinned to it, wrapped.
 * `undatedOnly` leaves out dated notes, which the timeline draws at their dates.
 */
export function figureNotes(figure: ChartFigure, y: number, options: StackOptions, undatedOnly = false): { lines: TextLine[]; y: number } {
  const texts: { text: string; lang?: string; note: 'updated' | 'pinned' }[] = [
    ...(figure.updated ? [{ text: figure.updated, note: 'updated' as const }] : []),
    ...(figure.pinned ?? []).filter((p) => !(undatedOnly && p.dated)).map((p) => ({ text: p.text, lang: p.lang, note: 'pinned' as const })),
  ];
  if (!texts.length) return { lines: [], y };
  const lines: TextLine[] = [];
  y += NOTES_GAP;
  for (const { text, lang, note } of texts) {
    const wrapped = wrapText(text, options.width, options.measure, 'axis');
    lines.push(...stackLines(wrapped, y, { ...options, kind: 'axis' }).map((line) => ({ ...line, note, lang })));
    y += wrapped.length * TEXT.axis.line;
  }
  return { lines, y };
}
