import { css, html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../data/format.js';
import { message } from '../data/messages.js';
import type { LocalText } from '../data/text.js';
import { renderList, renderText } from './text.js';

export interface DataColumn {
  label: string;
  /** Right-aligned (end-aligned in RTL) with tabular figures. */
  numeric?: boolean;
  /** Long text (a figure's history): wide enough to read, the table scrolls rather than squeeze it. */
  wide?: boolean;
}

/**
 * A table cell: the library's own words (a number, a date) as a string; a dataset text with its
 * language; or a list of dataset texts (source names), each isolated and joined by the
 * locale's separator.
 */
export type Cell = string | LocalText | readonly LocalText[];

/** A table's rows, made only as they are shown: a timeline may have 50,000. */
export interface RowSource {
  count: number;
  /** Rows start … end-1 as displayed; the first cell of a row is its header. */
  slice(start: number, end: number): Cell[][];
}

/** Rows already made, as a RowSource. */
export const rowsOf = (rows: Cell[][]): RowSource => ({ count: rows.length, slice: (start, end) => rows.slice(start, end) });

/** A cell as plain text, for CSV: the names as they are, no isolation marks. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  return 'text' in cell ? cell.text : (cell as readonly LocalText[]).map((c) => c.text).join('; ');
}

function renderCell(cell: Cell, locale: string): TemplateResult | string {
  if (typeof cell === 'string') return cell;
  return 'text' in cell ? renderText(cell) : renderList(cell as readonly LocalText[], locale, 'separator');
}

/** Rows shown at a time; more are a page away ("Rows 101–200 of 50,000"). */
export const PAGE_SIZE = 100;

export interface DataTableOptions {
  /** id of the panel, for the toggle's aria-controls. */
  id: string;
  locale: string;
  open: boolean;
  onToggle: () => void;
  /** The table's caption (and the name of its scrolling region): a dataset title or our words. */
  caption: string | LocalText;
  columns: DataColumn[];
  rows: RowSource;
  /** The page shown (0 first); pages hold PAGE_SIZE rows. */
  page: number;
  onPage: (page: number) => void;
  /** Name of the CSV file, without extension. */
  filename: string;
}

// What a spreadsheet runs as a formula (OWASP, CSV injection): a cell that starts, perhaps
// after spaces, with = + - @ or their full-width forms (some spreadsheets fold those), or with
// a tab, carriage return or NUL. A plain number ("-12", "3.5", "1e+21", what String(number)
// writes) is exempt, so that spreadsheets still sum it; "-1+HYPERLINK(…)" is not a number.
const FORMULA_START = /^[\s\0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\0]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * Quotes a CSV cell, and defuses a cell a spreadsheet would run as a formula by putting a
 * quote mark before it: data in a news widget must never become a command.
 */
function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  // Quoted also when it holds ";" or a tab: a spreadsheet set up for French or German splits
  // on those, and "x;=cmd" would put a formula in a cell of its own.
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV text (RFC 4180, CRLF line ends). */
export function toCsv(columns: DataColumn[], rows: Cell[][]): string {
  return [columns.map((c) => c.label), ...rows.map((row) => row.map(cellText))].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function download(filename: string, csv: string): void {
  // A byte-order mark so that spreadsheet programs read UTF-8 (Arabic, Hebrew) correctly.
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${filename}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Show data": a toggle that reveals a real <table> of the figures drawn, and a CSV download.
 * The panel is always in the DOM (hidden when closed) so that aria-controls points somewhere.
 */
export function renderDataTable(options: DataTableOptions): TemplateResult {
  const { id, locale, open, onToggle, caption, columns, rows, onPage, filename } = options;
  const pages = Math.max(1, Math.ceil(rows.count / PAGE_SIZE));
  const page = Math.min(Math.max(0, Math.floor(options.page) || 0), pages - 1);
  const start = page * PAGE_SIZE;
  const end = Math.min(rows.count, start + PAGE_SIZE);
  const number = (n: number) => formatNumber(n, locale);
  // Escape closes an open table from anywhere inside it, and puts focus back on its toggle,
  // which stays where it was: the reader is not left on a control that has just vanished.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    (event.currentTarget as HTMLElement).querySelector<HTMLButtonElement>('.data-toggle')?.focus();
    onToggle();
  };
  return html`<div class="data" part="data" @keydown=${onKeyDown}>
    <button type="button" class="data-toggle" part="data-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${onToggle}>
      ${message(locale, open ? 'hideData' : 'showData')}
    </button>
    <div id=${id} class="data-panel" ?hidden=${!open}>
      <div class="table-scroll" role="region" aria-label=${cellText(caption)} tabindex="0">
        <table part="data-table">
          <caption>${renderCell(caption, locale)}</caption>
          <thead>
            <tr>${columns.map((c) => html`<th scope="col" class=${c.numeric ? 'numeric' : c.wide ? 'wide' : ''}>${c.label}</th>`)}</tr>
          </thead>
          <tbody>
            ${rows.slice(start, end).map(
              (row) => html`<tr>
                ${row.map((cell, i) =>
                  // The cells keep the table's direction, so that they align with its headers;
                  // dataset texts inside them are isolated.
                  i === 0
                    ? html`<th scope="row">${renderCell(cell, locale)}</th>`
                    : html`<td class=${columns[i]?.numeric ? 'numeric' : ''}>${renderCell(cell, locale)}</td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${pages > 1
        ? html`<div class="pager" part="pager">
            <span class="range" role="status">${message(locale, 'rowRange', { from: number(start + 1), to: number(end), n: number(rows.count) })}</span>
            <span class="pages">
              <button type="button" class="page" ?disabled=${page === 0} @click=${() => onPage(page - 1)}>${message(locale, 'previousRows')}</button>
              <button type="button" class="page" ?disabled=${page === pages - 1} @click=${() => onPage(page + 1)}>${message(locale, 'nextRows')}</button>
            </span>
          </div>`
        : nothing}
      <button type="button" class="download" part="download" @click=${() => download(filename, toCsv(columns, rows.slice(0, rows.count)))}>
        ${message(locale, 'downloadCsv')}
      </button>
    </div>
  </div>`;
}

export const dataTableStyles = css`
  .data {
    margin-top: 0.5rem;
    font-size: 0.85em;
  }
  .data-toggle,
  .download,
  .page {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    padding: 0.25rem 0.6rem;
    cursor: pointer;
    min-height: 2rem;
  }
  .page:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 0.5rem;
  }
  .pages {
    display: flex;
    gap: 0.5rem;
  }
  .data-panel[hidden] {
    display: none;
  }
  .table-scroll {
    overflow-x: auto;
    margin: 0.5rem 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_rule);
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .wide {
    min-width: 16em;
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .data-toggle,
    .download,
    .page {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
