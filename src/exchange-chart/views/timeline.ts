import { nothing, svg } from 'lit';
import { formatDate } from '../../data/format.js';
import { pointAt, type TimelineLayout } from '../layout/timeline.js';
import { drawMark, drawNotes, drawText, drawWords, sideClass, type Box, type DrawContext, type DrawnView, type MarkInfo } from './draw.js';

export interface TimelineDrawContext extends DrawContext {
  locale: string;
  /** The count at a point in words: "9 of 28". */
  pointValue: (cumulative: number, total: number | undefined) => string;
}

type Panel = TimelineLayout['panels'][number];

/** A dated point as a mark; its name is written when read: at 100,000 events only the focused one is. */
class PointMark implements MarkInfo {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly figure: Panel['figure'];
  readonly event: number;
  constructor(
    private readonly panel: Panel,
    private readonly point: Panel['points'][number],
    private readonly context: TimelineDrawContext,
  ) {
    this.key = `${panel.figure.id}-${point.index}`;
    this.x = point.x;
    this.y = point.y;
    this.figure = panel.figure;
    this.event = point.index;
  }

  /** From the panel's heading down to the point's circle: its tooltip leaves the running total's words readable. */
  get box(): Box {
    const { panel, point } = this;
    return { x: point.x - 9, y: panel.box.y, width: 18, height: point.y + 9 - panel.box.y };
  }

  get value(): string {
    return this.context.pointValue(this.point.cumulative, this.panel.figure.total);
  }

  get name(): string {
    return `${this.panel.figure.label}, ${formatDate(this.point.date, this.context.locale)}: ${this.value}`;
  }
}

/**
 * Timeline: per figure, grid, the total as a reference line, the running total as a step
 * line, and a circle per dated event. With very many events, one movable cursor stands in
 * for the circles.
 */
export function drawTimeline(layout: TimelineLayout, context: TimelineDrawContext): DrawnView {
  // Marks numbered across the panels in reading order, each made when read: the circles of a
  // short timeline, the one under the cursor of a long one, the one a reader moves to.
  const starts: number[] = [];
  let count = 0;
  for (const p of layout.panels) {
    starts.push(count);
    count += p.times.length;
  }
  const mark = (index: number): MarkInfo | undefined => {
    if (!(index >= 0 && index < count)) return undefined;
    let panel = starts.length - 1;
    while (starts[panel] > index) panel--;
    const p = layout.panels[panel];
    return new PointMark(p, p.point(index - starts[panel]), context);
  };
  const activeIndex = Math.max(0, context.active);
  const active = mark(activeIndex);
  const content = svg`${layout.panels.map((p, panel) => {
    const first = starts[panel];
    return svg`<g class="panel ${sideClass(p.figure)}" data-id=${p.figure.id}>
      <g aria-hidden="true">
        ${drawWords(p, context.rtl, [p.value])}
        ${p.yTicks.map((t) => svg`<line class="grid" x1=${layout.x0} x2=${layout.x1} y1=${t.y} y2=${t.y}></line>${drawText(t.label, 'axis', context.rtl)}`)}
        ${p.xTicks.map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${p.bottom} y2=${p.bottom + 5}></line>${drawText(t.label, 'axis', context.rtl)}`)}
        <line class="baseline" x1=${layout.x0} x2=${layout.x1} y1=${p.bottom} y2=${p.bottom}></line>
        ${p.reference
          ? svg`<line class="reference" x1=${p.reference.x1} x2=${p.reference.x2} y1=${p.reference.y} y2=${p.reference.y}></line>${drawText(p.reference.label, 'reference-label', context.rtl)}`
          : nothing}
        <path class="line" part="line" d=${p.path}></path>
        ${drawNotes(p.below, context.rtl)}
      </g>
      ${p.notes.length ? svg`<g class="figure-notes">${drawNotes(p.notes, context.rtl)}</g>` : nothing}
      ${p.annotations.map(
        (a) => svg`<g class="annotation" part="annotation" role="note" aria-label=${a.said}>
          <line class="annotation-rule" x1=${a.x} x2=${a.x} y1=${a.y1} y2=${a.y2}></line>
          <g aria-hidden="true">${drawNotes(a.label, context.rtl)}</g>
        </g>`,
      )}
      <rect class="hover-area" data-panel=${panel} x=${Math.min(layout.x0, layout.x1)} y=${p.top} width=${Math.abs(layout.x1 - layout.x0)} height=${p.bottom - p.top}></rect>
      ${layout.showPoints ? Array.from(p.times, (_, i) => drawMark(mark(first + i)!, first + i, context, nothing, { r: 3.5 })) : nothing}
    </g>`;
  })}
  ${!layout.showPoints && active ? drawMark(active, activeIndex, context, nothing, { r: 4, cursor: true }) : nothing}`;
  return { height: layout.height, content, count, mark, reversed: layout.reversed, markAt: (panel, x) => pointAt(layout, panel, x) };
}
