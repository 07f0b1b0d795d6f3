import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ContributorStatus } from '../../data/schema.js';
import { cssom } from '../../internal/cssom.js';
import type { InteractionController } from '../../internal/interaction.js';
import { renderTooltip } from '../../internal/tooltip.js';
import type { MapFocus, MapLayout, MapMark } from '../layout.js';

// The map's SVG from its layout: the status patterns, the world, each listed country as a
// focusable mark, the focus points, and the labels above everything; the tooltip beside it.

export interface MapDrawContext {
  /** The mark holding the one tab stop. */
  active: number;
  /** The open tooltip's id, for the active mark's aria-describedby; undefined when closed. */
  tooltipId?: string;
  /** A status's pattern id, unique in the page (two maps side by side). */
  patternId: (status: ContributorStatus) => string;
  /** What a country's mark is read as: name, status and figure. */
  name: (mark: MapMark) => string;
  /** What it is described by after its name, if anything: for a country that changed, "Updated …" and its history. */
  describe?: (mark: MapMark) => string;
  statuses: readonly ContributorStatus[];
}

/** Status is never told by colour alone: each has a texture too (solid, hatched, dotted, crossed). */
export function drawPattern(status: ContributorStatus, id: string): SVGTemplateResult {
  const lines = {
    confirmed: svg``,
    'in-talks': svg`<path class="pattern-line" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"></path>`,
    supporting: svg`<circle class="pattern-dot" cx="3" cy="3" r="1.3"></circle>`,
    declined: svg`<path class="pattern-line" d="M0,0 L6,6 M6,0 L0,6"></path>`,
  }[status];
  return svg`<pattern id=${id} class="pattern status-${status}" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="pattern-fill" width="6" height="6"></rect>${lines}
    </pattern>`;
}

/** A listed country: its shape and, when small, its marker; one roving tab stop among them. */
function drawCountryMark(mark: MapMark, i: number, radius: number, context: MapDrawContext): SVGTemplateResult {
  const { contributor, drawing } = mark;
  const fill = `url(#${context.patternId(contributor.status)})`;
  const active = i === Math.max(0, context.active);
  // A <desc>, read after the name when the mark is focused (SVG-AAM), as the chart's marks are.
  const description = context.describe?.(mark);
  return svg`<g
      class="mark country status-${contributor.status}"
      part="country"
      role="graphics-symbol"
      aria-label=${context.name(mark)}
      aria-describedby=${(active && context.tooltipId) || nothing}
      tabindex=${active ? 0 : -1}
      data-country=${contributor.country}
      data-index=${i}
    >
      ${description ? svg`<desc>${description}</desc>` : nothing}
      <path class="shape" d=${drawing.d} fill=${fill}></path>
      ${mark.marker ? svg`<circle class="marker" cx=${mark.marker[0].toFixed(1)} cy=${mark.marker[1].toFixed(1)} r=${radius} fill=${fill}></circle>` : nothing}
    </g>`;
}

function drawFocus(focus: MapFocus): SVGTemplateResult {
  const [x, y, lx, ly] = [focus.x, focus.y, focus.labelX, focus.labelY].map((v) => v.toFixed(1));
  return svg`<g class="focus" part="focus" role="graphics-symbol" aria-label=${focus.text} lang=${focus.lang ?? nothing}>
      <circle class="focus-ring" cx=${x} cy=${y} r="6.5"></circle>
      <circle class="focus-dot" cx=${x} cy=${y} r="2.5"></circle>
      <text class="focus-label" x=${lx} y=${ly} dy="0.35em" text-anchor="middle" aria-hidden="true">${focus.text}</text>
    </g>`;
}

/** A country's label, or its callout number in a badge; hidden from screen readers, as the marks carry the names. */
function drawLabel(mark: MapMark): SVGTemplateResult {
  const { label } = mark;
  const { x, y, width, height } = label.box;
  const [cx, cy] = [(x + width / 2).toFixed(1), (y + height / 2).toFixed(1)];
  if (label.kind === 'callout') {
    const [x1, y1, x2, y2] = label.leader?.map((v) => v.toFixed(1)) ?? [];
    return svg`<g class="callout" data-country=${mark.contributor.country}>
        ${x1 ? svg`<line class="callout-leader" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>` : nothing}
        <circle class="callout-badge" cx=${cx} cy=${cy} r=${(width / 2).toFixed(1)}></circle>
        <text class="callout-text" x=${cx} y=${cy} dy="0.35em" text-anchor="middle">${label.number}</text>
      </g>`;
  }
  const note = label.note && svg`<tspan class="label-note" x=${cx} y=${(label.note.box.y + label.note.box.height / 2).toFixed(1)} dy="0.35em">${label.note.text}</tspan>`;
  return svg`<text class="country-label" data-country=${mark.contributor.country} lang=${(label.short ? undefined : mark.text.lang) ?? nothing}
      x=${cx} y=${cy} dy="0.35em" text-anchor="middle">${label.text}${note || nothing}</text>`;
}

/** Everything inside the map's <svg>. */
export function drawMap(layout: MapLayout, context: MapDrawContext): SVGTemplateResult {
  const { marks, markerRadius } = layout;
  return svg`<defs>${context.statuses.map((s) => drawPattern(s, context.patternId(s)))}</defs>
    <g aria-hidden="true">
      <path class="sphere" d=${layout.sphere}></path>
      <path class="land" d=${layout.land}></path>
    </g>
    ${[...marks.entries()]
      // Small countries last, so that their markers lie above every shape.
      .sort(([, a], [, b]) => Number(!!a.drawing.marker) - Number(!!b.drawing.marker))
      .map(([i, mark]) => drawCountryMark(mark, i, markerRadius, context))}
    ${layout.focus.map(drawFocus)}
    <g class="labels" aria-hidden="true">${marks.map(drawLabel)}</g>`;
}

export interface MapRenderContext extends Omit<MapDrawContext, 'tooltipId'> {
  /** The map's name for screen readers ("Map: Countries named: 6. …"). */
  label: string;
  /** The listeners of the reader's interaction, delegated from the drawing. */
  ui: InteractionController;
  tooltipId: string;
  /** The active country's details, when its tooltip is open. */
  tooltip?: TemplateResult;
}

/** The map and its tooltip, in their positioned wrapper. */
export function renderMap(layout: MapLayout, context: MapRenderContext): TemplateResult {
  const { width, height, zoom } = layout;
  const { ui, tooltip } = context;
  const mark = tooltip ? layout.marks[context.active] : undefined;
  return html`<div class="map" part="map" @focusin=${ui.onFocusIn} @focusout=${ui.onFocusOut}>
    <svg
      ${cssom({ '--_label-zoom': zoom === 1 ? undefined : String(zoom) })}
      role="graphics-document"
      aria-label=${context.label}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      @keydown=${ui.onKeyDown}
      @pointerover=${ui.onPointerOver}
      @pointerout=${ui.onPointerOut}
      @pointerleave=${ui.onPointerLeave}
      @pointerdown=${ui.onPointerDown}
    >
      ${drawMap(layout, { ...context, tooltipId: mark ? context.tooltipId : undefined })}
    </svg>
    ${mark
      ? renderTooltip({
          id: context.tooltipId,
          x: mark.drawing.anchor![0],
          y: mark.drawing.anchor![1],
          containerWidth: width,
          containerHeight: height,
          content: tooltip!,
        })
      : nothing}
  </div>`;
}
