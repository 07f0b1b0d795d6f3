import { nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { TEXT, type TextLine } from '../layout/common.js';
import type { ChartFigure } from '../layout/figures.js';
import { markName } from '../model.js';

/** A box in the drawing's units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A focusable, named mark: where its tooltip points, and what it says. */
export interface MarkInfo {
  key: string;
  name: string;
  /** The value in words ("7 of 28"), as drawn: the tooltip shows it without parsing `name`. */
  value: string;
  x: number;
  y: number;
  /** What the tooltip must not cover: the mark with its own label and value. */
  box: Box;
  figure: ChartFigure;
  /** For a timeline point: the dataset's event index. */
  event?: number;
}

/** What a view hands to the element: its drawing, its marks in reading order, its height. */
export interface DrawnView {
  height: number;
  content: SVGTemplateResult | TemplateResult | typeof nothing;
  defs?: SVGTemplateResult;
  /** How many marks there are, in reading order. */
  count: number;
  /** The mark at an index, made when asked for: a timeline of 100,000 events reads a few. */
  mark(index: number): MarkInfo | undefined;
  /** Whether the arrow keys run right to left (a timeline only when time does); else the chart's direction. */
  reversed?: boolean;
  /** The index of the mark nearest to x (drawing units) in a panel, for pointing anywhere over it. */
  markAt?: (panel: number, x: number) => number;
}

/** A view's marks made all at once, as DrawnView reads them. */
export function listed(marks: readonly MarkInfo[]): Pick<DrawnView, 'count' | 'mark'> {
  return { count: marks.length, mark: (index) => marks[index] };
}

export interface DrawContext {
  /** The mark that holds the tab stop (and shows the tooltip when open). */
  active: number;
  /** The chart's direction. */
  rtl: boolean;
  /** What a mark's tooltip tells beyond its name (date, note, sources), read as its description. */
  describe?: (mark: MarkInfo) => string;
}

/**
 * A mark's description, as an SVG <desc> child: read after the mark's name when it is focused
 * (SVG-AAM), always present rather than only while the tooltip is open, and kept in exports.
 */
function drawDescription(mark: MarkInfo, context: DrawContext): SVGTemplateResult | typeof nothing {
  const text = context.describe?.(mark);
  return text ? svg`<desc>${text}</desc>` : nothing;
}

/** A strong character: right to left (a letter of those scripts, or RLM or ALM), else left to right (LRM or another letter) in group 1. */
const STRONG = /[\u200f\u061c\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]|([\u200e\p{L}])/u;

/** A text without its isolates (LRI, RLI or FSI to its PDI), innermost first: a list's isolated entries hold isolated names. */
export function withoutIsolates(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/g, '')];
  return rest;
}

/**
 * The direction of a text by its first strong letter outside its isolates, as dir="auto" would
 * decide; else the chart's. (An English note opened by an isolated Hebrew date is English.)
 */
export function textRtl(text: string, fallback: boolean): boolean {
  const match = STRONG.exec(withoutIsolates(text));
  return match ? match[1] === undefined : fallback;
}

/**
 * A line of text from a layout, vertically centred in its line box. A dataset text in the
 * other direction than the chart's (an English label in an Arabic chart) keeps its own
 * direction, so its punctuation stays in place, and its anchor flips so it sits where laid out.
 * `lang` marks a dataset text that is not in the reader's language.
 */
export function drawText(line: TextLine, cls: string, rtl: boolean, part?: string, lang?: string): SVGTemplateResult {
  const own = textRtl(line.text, rtl);
  const flip = { start: 'end', end: 'start', middle: 'middle' } as const;
  const anchor = own === rtl ? line.anchor : flip[line.anchor];
  return svg`<text class="t-${line.kind} ${cls}" part=${part ?? nothing} x=${line.x} y=${line.y + TEXT[line.kind].line / 2} text-anchor=${anchor} direction=${own ? 'rtl' : 'ltr'} lang=${lang ?? nothing} dominant-baseline="central">${line.text}</text>`;
}

/** A figure's label, in the dataset's language, and its value: the words every view draws. */
export function drawWords(m: { figure: ChartFigure; label: TextLine[] }, rtl: boolean, value: TextLine[]): SVGTemplateResult[][] {
  return [m.label.map((l) => drawText(l, 'label', rtl, 'label', m.figure.labelLang)), value.map((l) => drawText(l, 'value', rtl, 'value'))];
}

/** The lines under a figure: its "Updated …" mark and the notes pinned to it, each in its language. */
export function drawNotes(lines: readonly TextLine[], rtl: boolean): SVGTemplateResult[] {
  return lines.map((l) => drawText(l, `note note-${l.note ?? 'pinned'}`, rtl, 'note', l.lang));
}

/** A side's heading above its group of figures. */
export function drawGroupHeads(groups: { label: TextLine[]; lang?: string }[], rtl: boolean): SVGTemplateResult[] {
  return groups.map((g) => svg`<g class="group-label" part="group-label">${g.label.map((l) => drawText(l, 'group-text', rtl, undefined, g.lang))}</g>`);
}

/** The colour class of a figure's side. */
export function sideClass(figure: ChartFigure): string {
  return `side-${figure.side + 1}`;
}

/** How far the focus ring lies outside a mark's box: clear of the text at its edges. */
export const RING_OUTSET = 5;

/**
 * The area a mark answers to, drawn invisibly and outlined when focused by keyboard, so that
 * even a one-pixel bar has a target big enough to point at or tap. The outline runs outside
 * the box that holds the label and value, which start at its very edges: drawn on the box, it
 * crossed their first and last letters. It may lie in the element's padding.
 */
export function drawHit(box: Box): SVGTemplateResult {
  const o = RING_OUTSET;
  return svg`<rect class="hit" x=${box.x - o} y=${box.y - o} width=${Math.max(0, box.width + 2 * o)} height=${box.height + 2 * o} rx="4"></rect>`;
}

/** Roving tab stop: one mark in the tab order, the others reached with the arrow keys. */
function tabIndex(index: number, context: DrawContext): string {
  return index === Math.max(0, context.active) ? '0' : '-1';
}

/** A "name: value" mark of a figure, placed by its layout box (label, mark and value). */
export function figureMark(figure: ChartFigure, box: Box, anchor: { x: number; y: number }): MarkInfo {
  return { key: figure.id, name: markName(figure), value: figure.valueText, x: anchor.x, y: anchor.y, box, figure };
}

/**
 * The accessibility contract of every mark, in one place: a graphics-symbol named by its
 * value, described by its date and sources, one roving tab stop, its index for the element's
 * listeners, and the area it answers to. A figure's mark is its box with its words inside
 * (hidden from the accessibility tree, which reads the name); a timeline's point is a circle.
 * The two shells bind their attributes in the order the goldens were written in.
 */
export function drawMark(
  mark: MarkInfo,
  index: number,
  context: DrawContext,
  body: unknown,
  point?: { r: number; cursor?: boolean },
): SVGTemplateResult {
  const desc = drawDescription(mark, context);
  const tabindex = tabIndex(index, context);
  if (point)
    return svg`<g class=${point.cursor ? `mark point cursor ${sideClass(mark.figure)}` : 'mark point'} role=${'graphics-symbol'} aria-label=${mark.name} tabindex=${tabindex} data-index=${index}>
      ${desc}
      <circle class="hit" cx=${mark.x} cy=${mark.y} r="9"></circle>
      <circle class="dot" r=${point.r} cx=${mark.x} cy=${mark.y}></circle>
    </g>`;
  return svg`<g part="figure" role="graphics-symbol" class="mark ${sideClass(mark.figure)}" aria-label=${mark.name}
    tabindex=${tabindex} data-index=${index} data-id=${mark.figure.id}>
    ${desc}
    ${drawHit(mark.box)}
    <g aria-hidden="true">${body}</g>
  </g>`;
}
