import { svg } from 'lit';
import type { UnitsLayout } from '../layout/units.js';
import { drawGroupHeads, drawMark, drawNotes, drawWords, figureMark, listed, type DrawContext, type DrawnView } from './draw.js';

const KINDS = ['filled', 'faded', 'track'] as const;

/**
 * Units: one square per person. Each run of squares is one rectangle filled with a one-cell
 * pattern, so a figure costs a handful of nodes whether it counts 20 or 20,000.
 */
export function drawUnits(layout: UnitsLayout, context: DrawContext): DrawnView {
  const { cell, gap } = layout;
  const size = cell - gap;
  const defs = svg`${[0, 1].flatMap((side) =>
    KINDS.map(
      (kind) => svg`<pattern id=${`unit-${side + 1}-${kind}`} class="side-${side + 1}" width=${cell} height=${cell} patternUnits="userSpaceOnUse">
        ${kind === 'filled'
          ? svg`<rect class="cell-filled" width=${size} height=${size} rx=${size >= 6 ? 1 : 0}></rect>`
          : size >= 4
            ? // Faded and open places outlined inside their square, so that they reach 3:1 (WCAG
              // 1.4.11) however light their fill; from 4 px a one-pixel ring still leaves a hole.
              svg`<rect class="cell-${kind} outlined" x="0.5" y="0.5" width=${size - 1} height=${size - 1} rx=${size >= 6 ? 1 : 0}></rect>`
            : // Too small for a ring: a solid square (an open place in the outline's colour, 3:1).
              svg`<rect class="cell-${kind} solid" width=${size} height=${size}></rect>`}
      </pattern>`,
    ),
  )}`;
  const marks = layout.blocks.map((b) => figureMark(b.figure, b.box, { x: b.value[0].x, y: b.y }));
  const content = svg`${drawGroupHeads(layout.groups, context.rtl)}
    ${layout.blocks.map((b, i) =>
      drawMark(
        marks[i],
        i,
        context,
        svg`${drawWords(b, context.rtl, b.value)}
          <g class="block" transform=${`translate(${b.x},${b.y})`}>
            ${b.rects.map(
              (r) => svg`<rect class="run run-${r.kind}" fill=${`url(#unit-${b.figure.side + 1}-${r.kind})`} x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>`,
            )}
          </g>
          ${drawNotes(b.notes, context.rtl)}`,
      ),
    )}`;
  return { height: layout.height, content, defs, ...listed(marks) };
}
