import { textBox, type Measure, type TextLine } from '../../../src/exchange-chart/layout/common.js';
import type { ChartFigure, FigureGroup } from '../../../src/exchange-chart/layout/figures.js';
import { cumulateAt, type TimelineEvent } from '../../../src/exchange-chart/layout/timeline.js';

/** A measure that needs no fonts: 7 px a character (8 for bold), so layouts are exact. */
export const measure: Measure = (text, kind = 'label') => text.length * (kind === 'strong' ? 8 : kind === 'axis' ? 6 : 7);

export const living: ChartFigure = { id: 'living', label: 'Living captives released', valueText: '20', value: 20, approximate: false, side: 0 };
export const remains: ChartFigure = { id: 'remains', label: 'Remains returned', valueText: '7 of 28', value: 7, total: 28, approximate: false, side: 0 };
export const detainees: ChartFigure = { id: 'detainees', label: 'Palestinian detainees released', valueText: 'nearly 2,000', value: 2000, approximate: true, side: 1 };

export const groups: FigureGroup[] = [
  { label: 'Side one', figures: [living, remains] },
  { label: 'Side two', figures: [detainees] },
];

type Box = ReturnType<typeof textBox>;
const intersects = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Pairs of text lines whose boxes overlap, and lines that leave [0, width]: both should be empty. */
export function textProblems(lines: TextLine[], width: number, rtl: boolean): string[] {
  const boxes = lines.map((l) => ({ l, b: textBox(l, rtl) }));
  const problems: string[] = [];
  boxes.forEach(({ l, b }, i) => {
    if (b.x0 < -0.01 || b.x1 > width + 0.01) problems.push(`"${l.text}" leaves the width (${b.x0}–${b.x1})`);
    for (const other of boxes.slice(i + 1)) if (intersects(b, other.b)) problems.push(`"${l.text}" overlaps "${other.l.text}"`);
  });
  return problems;
}

/** A whole list of events in date order with running totals (cumulateAt over every position). */
export const cumulateAll = (events: readonly { date: string; value: number; cumulative?: number }[]): TimelineEvent[] =>
  cumulateAt(events, events.map((_, i) => i));
