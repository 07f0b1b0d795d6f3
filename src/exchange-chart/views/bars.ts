import { nothing, svg } from 'lit';
import type { BarsLayout } from '../layout/bars.js';
import { drawGroupHeads, drawMark, drawNotes, drawText, drawWords, figureMark, listed, type DrawContext, type DrawnView } from './draw.js';

/**
 * Bars: a track for a total, the solid value, a faded end when the value is approximate, and
 * under a bar drawn on its own scale, the note that says so.
 */
export function drawBars(layout: BarsLayout, context: DrawContext): DrawnView {
  const marks = layout.marks.map((m) => figureMark(m.figure, m.box, { x: m.value[0].x, y: m.y }));
  const content = svg`${drawGroupHeads(layout.groups, context.rtl)}
    ${layout.marks.map((m, i) => {
      const [label, value] = drawWords(m, context.rtl, m.value);
      return drawMark(
        marks[i],
        i,
        context,
        svg`${label}
          ${m.track ? svg`<rect class="track" x=${m.track.x} y=${m.y} width=${m.track.width} height=${m.height}></rect>` : nothing}
          <rect class="bar" part="bar" x=${m.bar.x} y=${m.y} width=${m.bar.width} height=${m.height}></rect>
          ${m.fade.width > 0 ? svg`<rect class="bar-faded" x=${m.fade.x} y=${m.y} width=${m.fade.width} height=${m.height}></rect>` : nothing}
          ${value}
          ${m.scale ? svg`<g class="scale-note" part="scale-note">${m.scale.note.map((l) => drawText(l, 'scale-text', context.rtl))}</g>` : nothing}
          ${drawNotes(m.notes, context.rtl)}`,
      );
    })}`;
  return { height: layout.height, content, ...listed(marks) };
}
