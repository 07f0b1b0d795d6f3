import { nothing, svg } from 'lit';
import { formatDate } from '../../data/format.js';
import type { TimelineLayout } from '../layout/timeline.js';
import { drawDescription, drawText, sideClass, tabIndex, type DrawContext, type DrawnView, type MarkInfo } from './draw.js';

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

  get name(): string {
    const { panel, point, context } = this;
    return `${panel.figure.label}, ${formatDate(point.date, context.locale)}: ${context.pointValue(point.cumulative, panel.figure.total)}`;
  }
}

/**
 * Timeline: per figure, grid, the total as a reference line, the running total as a step
 * line, and a circle per dated event. With very many events, one movable cursor stands in
 * for the circles.
 */
export function drawTimeline(layout: TimelineLayout, context: TimelineDrawContext): DrawnView {
  const marks: MarkInfo[] = [];
  for (const p of layout.panels) for (const pt of p.points) marks.push(new PointMark(p, pt, context));
  let n = 0;
  const active = marks[Math.max(0, context.active)];
  const content = svg`${layout.panels.map((p, panel) => {
    const first = n;
    n += p.points.length;
    return svg`<g class="panel ${sideClass(p.figure)}" data-id=${p.figure.id}>
      <g aria-hidden="true">
        ${p.label.map((l) => drawText(l, 'label', context.rtl, 'label', p.figure.labelLang))}
        ${drawText(p.value, 'value', context.rtl, 'value')}
        ${p.yTicks.map((t) => svg`<line class="grid" x1=${layout.x0} x2=${layout.x1} y1=${t.y} y2=${t.y}></line>${drawText(t.label, 'axis', context.rtl)}`)}
        ${p.xTicks.map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${p.bottom} y2=${p.bottom + 5}></line>${drawText(t.label, 'axis', context.rtl)}`)}
        <line class="baseline" x1=${layout.x0} x2=${layout.x1} y1=${p.bottom} y2=${p.bottom}></line>
        ${p.reference
          ? svg`<line class="reference" x1=${p.reference.x1} x2=${p.reference.x2} y1=${p.reference.y} y2=${p.reference.y}></line>${drawText(p.reference.label, 'reference-label', context.rtl)}`
          : nothing}
        <path class="line" part="line" d=${p.path}></path>
      </g>
      <rect class="hover-area" data-panel=${panel} x=${Math.min(layout.x0, layout.x1)} y=${p.top} width=${Math.abs(layout.x1 - layout.x0)} height=${p.bottom - p.top}></rect>
      ${layout.showPoints
        ? p.points.map(
            (pt, i) => svg`<g class="mark point" role="graphics-symbol" aria-label=${marks[first + i].name} tabindex=${tabIndex(first + i, context)} data-index=${first + i}>
              ${drawDescription(marks[first + i], context)}
              <circle class="hit" cx=${pt.x} cy=${pt.y} r="9"></circle>
              <circle class="dot" cx=${pt.x} cy=${pt.y} r="3.5"></circle>
            </g>`,
          )
        : nothing}
    </g>`;
  })}
  ${!layout.showPoints && active
    ? svg`<g class="mark point cursor ${sideClass(active.figure)}" role="graphics-symbol" aria-label=${active.name} tabindex="0" data-index=${Math.max(0, context.active)}>
        ${drawDescription(active, context)}
        <circle class="hit" cx=${active.x} cy=${active.y} r="9"></circle>
        <circle class="dot" cx=${active.x} cy=${active.y} r="4"></circle>
      </g>`
    : nothing}`;
  return { height: layout.height, content, marks };
}
