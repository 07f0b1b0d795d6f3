import { nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { TEXT, type TextLine } from '../layout/common.js';
import type { ChartFigure } from '../layout/figures.js';

/** A focusable, named mark: where its tooltip points, and what it says. */
export interface MarkInfo {
  key: string;
  name: string;
  x: number;
  y: number;
  figure: ChartFigure;
  /** For a timeline point: the dataset's event index. */
  event?: number;
}

/** What a view hands to the element: its drawing, its marks in reading order, its height. */
export interface DrawnView {
  height: number;
  content: SVGTemplateResult | TemplateResult | typeof nothing;
  defs?: SVGTemplateResult;
  marks: MarkInfo[];
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
export function drawDescription(mark: MarkInfo, context: DrawContext): SVGTemplateResult | typeof nothing {
  const text = context.describe?.(mark);
  return text ? svg`<desc>${text}</desc>` : nothing;
}

const STRONG = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]|(\p{L})/u;

/** The direction of a text by its first strong letter, as dir="auto" would decide; else the chart's. */
export function textRtl(text: string, fallback: boolean): boolean {
  const match = STRONG.exec(text);
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
export function drawHit(box: { x: number; y: number; width: number; height: number }): SVGTemplateResult {
  const o = RING_OUTSET;
  return svg`<rect class="hit" x=${box.x - o} y=${box.y - o} width=${Math.max(0, box.width + 2 * o)} height=${box.height + 2 * o} rx="4"></rect>`;
}

/** Roving tab stop: one mark in the tab order, the others reached with the arrow keys. */
export function tabIndex(index: number, context: DrawContext): string {
  return index === Math.max(0, context.active) ? '0' : '-1';
}
