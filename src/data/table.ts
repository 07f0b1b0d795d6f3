// Progressive enhancement: a plain <table> inside the element is what readers see without
// JavaScript; with it, the table becomes the dataset. Format (README "A table as data"):
//
// <table>
//   <caption>Title</caption>                                   → title
//   <tr><th>Figure</th><th>Value</th><th>Source</th><th>As of</th></tr>
//   <tr data-id="detainees" data-side="held-by-israel">         → figure id (else from row), side
//     <th>Palestinian detainees released</th>                   → label
//     <td data-value="2000" data-qualifier="approximate" data-approximation="nearly"
//         data-total="28">nearly 2,000</td>                     → value, qualifier, approximation, total
//     <td><a href="https://…">News article</a></td>             → source (name, url)
//     <td><time datetime="2025-10-16">16 Oct 2025</time></td>   → asOf
//   </tr>
// </table>
//
// Nothing is guessed from the words of a cell: a value needs data-value or a plain number
// (digits only), and any qualifier other than exact needs data-qualifier.

import { compareDates, isCalendarDate } from './dates.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function cellDate(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const time = cell.querySelector('time');
  const raw = time?.getAttribute('datetime') ?? cell.getAttribute('data-date') ?? cell.textContent!.trim();
  return ISO.test(raw) ? raw : raw || undefined;
}

function cellNumber(value: string | null | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/**
 * Turns a table in the documented format into a dataset object (not yet validated: the
 * validator names whatever is missing or wrong, e.g. `figures[1].value`).
 */
export function tableToDataset(table: HTMLTableElement, lang = 'en'): Record<string, unknown> {
  const rows = [...table.rows].filter((row) => row.cells[0]?.tagName === 'TH' && row.cells.length > 1 && row.querySelector('td'));
  const sources: { id: string; name: string; url?: string }[] = [];
  const sourceId = (cell: Element | undefined): string[] => {
    if (!cell || !cell.textContent!.trim()) return [];
    const links = [...cell.querySelectorAll('a[href]')];
    const entries = links.length
      ? links.map((a) => ({ name: a.textContent!.trim(), url: (a as HTMLAnchorElement).getAttribute('href') ?? undefined }))
      : [{ name: cell.textContent!.trim(), url: undefined }];
    return entries.map((entry) => {
      let found = sources.find((s) => s.name === entry.name && s.url === entry.url);
      if (!found) {
        found = { id: `source-${sources.length + 1}`, name: entry.name, ...(entry.url ? { url: entry.url } : {}) };
        sources.push(found);
      }
      return found.id;
    });
  };

  const figures = rows.map((row, i) => {
    const [label, valueCell, sourceCell, dateCell] = [...row.cells];
    const qualifier = valueCell.getAttribute('data-qualifier') ?? 'exact';
    const approximation = valueCell.getAttribute('data-approximation') ?? undefined;
    const figure: Record<string, unknown> = {
      id: row.getAttribute('data-id') ?? `row-${i + 1}`,
      label: label.textContent!.trim(),
      value: cellNumber(valueCell.getAttribute('data-value') ?? valueCell.textContent),
      qualifier,
      sources: sourceId(sourceCell),
    };
    if (approximation) figure.approximation = approximation;
    const total = valueCell.getAttribute('data-total');
    if (total !== null) figure.total = cellNumber(total);
    const side = row.getAttribute('data-side');
    if (side) figure.side = side;
    const asOf = cellDate(dateCell);
    if (asOf) figure.asOf = asOf;
    return figure;
  });

  const dates = figures.map((f) => f.asOf).filter((d): d is string => typeof d === 'string' && isCalendarDate(d)).sort(compareDates);
  const sideIds = [...new Set(figures.map((f) => f.side).filter((s): s is string => typeof s === 'string'))];
  const dataset: Record<string, unknown> = {
    lang: table.closest('[lang]')?.getAttribute('lang') || lang,
    title: table.caption?.textContent?.trim() ?? '',
    asOf: table.getAttribute('data-as-of') ?? dates.at(-1) ?? '',
    sources,
    figures,
  };
  // Sides are named by their ids unless the table says more; labels come from the page.
  if (sideIds.length) {
    dataset.sides = sideIds.map((id) => ({ id, label: table.querySelector(`[data-side-label="${CSS.escape(id)}"]`)?.textContent?.trim() || id }));
  }
  return dataset;
}
