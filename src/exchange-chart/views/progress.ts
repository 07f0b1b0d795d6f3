import { nothing, svg } from 'lit';
import type { ProgressLayout } from '../layout/progress.js';
import { drawGroupHeads, drawMark, drawNotes, drawWords, figureMark, listed, type DrawContext, type DrawnView } from './draw.js';

/** Progress: a row of marks, one per unit of the total, the counted ones filled. */
export function drawProgress(layout: ProgressLayout, context: DrawContext): DrawnView {
  const marks = layout.items.map((it) => figureMark(it.figure, it.box, it.value[0]));
  const content = svg`${drawGroupHeads(layout.groups, context.rtl)}
    ${layout.items.map((it, i) =>
      drawMark(
        marks[i],
        i,
        context,
        svg`${drawWords(it, context.rtl, it.value)}
          ${it.cells?.map((c) => svg`<rect class="cell-${c.kind}" x=${c.x} y=${c.y} width=${c.size} height=${c.size} rx="2"></rect>`) ?? nothing}
          ${it.bar
            ? svg`<rect class="track" x=${it.bar.track.x} y=${it.bar.y} width=${it.bar.track.width} height=${it.bar.height}></rect>
                <rect class="bar" x=${it.bar.filled.x} y=${it.bar.y} width=${it.bar.filled.width} height=${it.bar.height}></rect>
                <rect class="bar-faded" x=${it.bar.faded.x} y=${it.bar.y} width=${it.bar.faded.width} height=${it.bar.height}></rect>`
            : nothing}
          ${drawNotes(it.notes, context.rtl)}`,
      ),
    )}`;
  return { height: layout.height, content, ...listed(marks) };
}
