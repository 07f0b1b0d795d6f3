import '../src/index.js';
import { parseDataset } from '../src/data/load.js';
import type { Dataset } from '../src/data/schema.js';
import type { Problem } from '../src/data/validate.js';
import { resolveText } from '../src/data/text.js';
import { chartCsv } from './builder/csv.js';
import { addAnnotation, describeUpdates, recordUpdate } from './builder/revisions.js';
import { fallbackSnippet } from './builder/fallback.js';
import { DEFAULT_BASE, MEASURE_WIDTHS, normalizeBase, SNIPPETS, slug, type ElementName, type EmbedConfig, type SnippetKind } from './builder/snippet.js';
import { download, exportSvg, svgToPng } from './builder/svg-export.js';
import { unavailable } from './builder/views.js';

// The embed builder: data (a shipped dataset, or JSON pasted and edited), chart and look on the
// left; the live preview, the embed codes and the exports on the right. Settings live in the
// address, so a configuration can be shared or reloaded; pasted JSON is kept in this browser
// (localStorage) until the editor forgets it.

type Chart = HTMLElementTagNameMap['exchange-chart'] | HTMLElementTagNameMap['contributor-map'];

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#controls');
const embedForm = $<HTMLFormElement>('#embed-options');
const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
const srcField = field<HTMLSelectElement>('src');
const jsonField = $<HTMLTextAreaElement>('#json');
const hostedField = field<HTMLInputElement>('hosted');
const baseField = $<HTMLInputElement>('#base');
const stage = $<HTMLDivElement>('#stage');
/** Off screen: one copy of the preview at each of the common column widths, measured. */
const measureBox = $<HTMLDivElement>('#measure');
const STORED_JSON = 'exchange-charts-builder:json';

const DEFAULT_SRC = '/data/gaza-exchange-2025-10-16.json';
const SETTINGS = ['src', 'element', 'view', 'projection', 'region', 'theme', 'locale', 'width'] as const;

/** The last JSON that validated: what the preview shows and the snippets carry. */
let good: { text: string; json: unknown; dataset: Dataset; shipped?: string } | undefined;
/** The text of each shipped dataset, as fetched. */
const shippedTexts = new Map<string, string>();
/** The editor's own JSON, kept while they look at a shipped dataset, and across reloads. */
let customText = readStored();
/** Height of the preview element, measured. */
let height = 0;
/** The chart's height at each of MEASURE_WIDTHS, for the configuration now shown. */
let heights: Map<number, number> | undefined;
let preview: Chart | undefined;

const value = (name: string) => String(new FormData(form).get(name) ?? '');
const isShipped = (src: string) => [...srcField.options].some((o) => o.value === src && src !== 'custom');

function readStored(): string {
  try {
    return localStorage.getItem(STORED_JSON) ?? '';
  } catch {
    return ''; // storage blocked (private mode, a sandboxed frame): kept for this visit only
  }
}

function store(text: string): void {
  try {
    if (text) localStorage.setItem(STORED_JSON, text);
    else localStorage.removeItem(STORED_JSON);
  } catch {
    // see readStored()
  }
  $<HTMLButtonElement>('#forget-json').hidden = !text;
}

// ---- data --------------------------------------------------------------------------------

async function loadSelected(): Promise<void> {
  const src = srcField.value;
  if (!isShipped(src)) {
    jsonField.value = customText;
    validate();
    return;
  }
  let text = shippedTexts.get(src);
  if (text === undefined) {
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      text = await response.text();
      shippedTexts.set(src, text);
    } catch (error) {
      showProblems([{ path: 'src', message: `could not be loaded: ${(error as Error).message} (${src})` }], []);
      return;
    }
  }
  // The editor may have picked another dataset while this one loaded.
  if (srcField.value !== src) return;
  jsonField.value = text;
  validate();
}

function validate(): void {
  const text = jsonField.value;
  if (!text.trim()) {
    showProblems([{ path: 'dataset', message: 'is empty: paste a dataset’s JSON here' }], []);
    updateSnippets();
    return;
  }
  const result = parseDataset(text);
  showProblems(result.errors, result.warnings);
  markLine(syntaxErrorLine(text, result.errors));
  if (!result.dataset) {
    updateSnippets();
    return;
  }
  const src = srcField.value;
  good = { text, json: JSON.parse(text), dataset: result.dataset, shipped: isShipped(src) && shippedTexts.get(src) === text ? src : undefined };
  renderFigureList(result.dataset);
  renderUpdates();
  applySettings();
}

/** The line (from 1) of a JSON syntax error, from the parser's message, if the problem is one. */
function syntaxErrorLine(text: string, errors: Problem[]): number | undefined {
  const problem = errors.find((e) => e.path === 'dataset' && e.message.startsWith('is not valid JSON'));
  if (!problem) return undefined;
  const line = /line (\d+) column \d+/.exec(problem.message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(problem.message);
  // "Unexpected end of JSON input" names no place: the last line.
  const at = position ? Number(position[1]) : text.length;
  return text.slice(0, at).split('\n').length;
}

/**
 * Marks the line of a syntax error: a band behind that line of the text (the textarea does
 * not wrap, so its lines are the text's), and the line named in the problem, which the
 * textarea's aria-describedby reads out.
 */
function markLine(line: number | undefined): void {
  const mark = $<HTMLDivElement>('#json-mark');
  mark.hidden = line === undefined;
  jsonField.dataset.errorLine = line === undefined ? '' : String(line);
  if (line === undefined) return;
  const style = getComputedStyle(jsonField);
  const lineHeight = parseFloat(style.lineHeight);
  mark.style.top = `${jsonField.offsetTop + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + (line - 1) * lineHeight - jsonField.scrollTop}px`;
  mark.style.height = `${lineHeight}px`;
  const first = $<HTMLParagraphElement>('#problems .problems-heading.error');
  if (first) first.textContent = `${first.textContent} The JSON breaks on line ${line} (marked).`;
}

/** Each problem with its path, as text (never as HTML: the JSON is the editor's). */
function showProblems(errors: Problem[], warnings: Problem[]): void {
  const box = $<HTMLDivElement>('#problems');
  box.replaceChildren();
  jsonField.setAttribute('aria-invalid', errors.length ? 'true' : 'false');
  const list = (problems: Problem[], kind: 'error' | 'warning', heading: string) => {
    if (!problems.length) return;
    const p = document.createElement('p');
    p.className = `problems-heading ${kind}`;
    p.textContent = heading;
    const ul = document.createElement('ul');
    ul.className = kind;
    for (const problem of problems) {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = problem.path;
      li.append(code, `: ${problem.message}`);
      ul.append(li);
    }
    box.append(p, ul);
  };
  const s = (n: number) => (n === 1 ? '' : 's');
  list(
    errors,
    'error',
    `${errors.length} problem${s(errors.length)} to fix.${good ? ' The preview and the embed codes keep the last valid version.' : ''}`,
  );
  list(warnings, 'warning', `${warnings.length} field${s(warnings.length)} this version ignores:`);
  if (!errors.length && !warnings.length) {
    const ok = document.createElement('p');
    ok.className = 'ok';
    ok.textContent = 'Valid dataset.';
    box.append(ok);
  }
}

/** Checkboxes for the figures to show (the `series` attribute); all when none is unchecked. */
function renderFigureList(dataset: Dataset): void {
  const list = $<HTMLDivElement>('#figure-list');
  const before = new Map([...list.querySelectorAll<HTMLInputElement>('input')].map((i) => [i.value, i.checked]));
  const wanted = new URLSearchParams(location.search).get('series');
  const fromUrl = before.size === 0 && wanted ? new Set(wanted.split(',')) : undefined;
  list.replaceChildren(
    ...dataset.figures.map((figure) => {
      const label = document.createElement('label');
      label.className = 'check';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = 'figure';
      input.value = figure.id;
      input.checked = fromUrl ? fromUrl.has(figure.id) : (before.get(figure.id) ?? true);
      label.append(input, ` ${resolveText(figure.label, 'en', dataset.lang)}`);
      return label;
    }),
  );
}

// ---- updates and notes (revisions and annotations) ----------------------------------------

/** What the dataset holds of them, and its figures to choose from. */
function renderUpdates(): void {
  if (!good) return;
  $<HTMLUListElement>('#updates-list').replaceChildren(
    ...describeUpdates(good.json as Record<string, unknown>).map((line) => Object.assign(document.createElement('li'), { textContent: line })),
  );
  for (const id of ['#update-figure', '#note-figure']) {
    const select = $<HTMLSelectElement>(id);
    const keep = select.value;
    const none = id === '#note-figure' ? [Object.assign(document.createElement('option'), { value: '', textContent: '(none: all panels of the timeline)' })] : [];
    select.replaceChildren(...none, ...good.dataset.figures.map((f) => Object.assign(document.createElement('option'), { value: f.id, textContent: f.id })));
    if (keep) select.value = keep;
  }
}

/** An edit made through the form, shown in the JSON as if typed there. */
function editJson(change: (json: Record<string, any>) => Record<string, unknown>): void {
  if (!good) return;
  jsonField.value = customText = JSON.stringify(change(good.json as Record<string, any>), null, 2);
  srcField.value = 'custom';
  validate();
}

const ids = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);
const input = (id: string) => $<HTMLInputElement>(id).value.trim();
$<HTMLButtonElement>('#update-record').addEventListener('click', () =>
  editJson((json) => recordUpdate(json, { figure: $<HTMLSelectElement>('#update-figure').value, value: Number(input('#update-value')), qualifier: $<HTMLSelectElement>('#update-qualifier').value, date: input('#update-date'), sources: ids(input('#update-sources')) })),
);
$<HTMLButtonElement>('#note-add').addEventListener('click', () => {
  const figure = $<HTMLSelectElement>('#note-figure').value;
  editJson((json) => addAnnotation(json, { text: input('#note-text'), date: input('#note-date') || undefined, figures: figure ? [figure] : undefined, sources: ids(input('#note-sources')) }));
});
// Its fields are not the chart's settings.
$<HTMLElement>('#updates-editor').addEventListener('change', (event) => event.stopPropagation());

function series(): string {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('#figure-list input')];
  const checked = boxes.filter((b) => b.checked).map((b) => b.value);
  return checked.length === boxes.length || checked.length === 0 ? '' : checked.join(',');
}

// ---- preview -----------------------------------------------------------------------------

const resize = new ResizeObserver(() => measure());

function ensurePreview(name: ElementName): Chart {
  if (preview?.localName === name) return preview;
  if (preview) resize.unobserve(preview);
  preview = document.createElement(name) as Chart;
  preview.setAttribute('loading', 'eager');
  preview.addEventListener('exchange-load', () => requestAnimationFrame(measure));
  stage.replaceChildren(preview);
  resize.observe(preview);
  height = 0;
  return preview;
}

function setAttr(el: Element, name: string, v: string): void {
  if (v) el.setAttribute(name, v);
  else el.removeAttribute(name);
}

/**
 * Offers only what the data can draw: a view (or the map) it cannot is disabled, and a note
 * under the choice says why. A choice that became unavailable moves to the first one that is.
 */
function offerViews(): void {
  if (!good) return;
  const reasons = unavailable(good.dataset, series());
  const notes: string[] = [];
  for (const [name, labels] of [['element', { 'contributor-map': 'The map' }], ['view', { bars: 'Bars', units: 'Units', progress: 'Progress', timeline: 'Timeline' }]] as const) {
    const select = field<HTMLSelectElement>(name);
    for (const option of select.options) {
      const reason = reasons[option.value];
      option.disabled = !!reason;
      const label = (labels as Record<string, string>)[option.value];
      if (reason && label) notes.push(`${label}: ${reason}.`);
    }
    if (select.selectedOptions[0]?.disabled) select.value = [...select.options].find((o) => !o.disabled)?.value ?? select.value;
  }
  const note = $<HTMLParagraphElement>('#views-note');
  note.textContent = notes.length ? `Not available for this data: ${notes.join(' ')}` : '';
  note.hidden = !notes.length;
}

function applySettings(): void {
  offerViews();
  const element = value('element') as ElementName;
  for (const el of document.querySelectorAll<HTMLElement>('[data-element]')) el.hidden = el.dataset.element !== element;
  const el = ensurePreview(element);
  for (const name of ['theme', 'locale']) setAttr(el, name, value(name));
  if (element === 'exchange-chart') {
    setAttr(el, 'view', value('view'));
    setAttr(el, 'series', series());
  } else {
    for (const name of ['projection', 'region']) setAttr(el, name, value(name));
  }
  stage.style.width = `${Number(value('width')) || 600}px`;
  stage.dataset.theme = value('theme');
  if (good && el.data !== good.json) el.data = good.json;
  saveToAddress();
  measureWidths();
  updateSnippets();
}

/** The attributes the preview has, as they are now: what each measured copy is given too. */
const previewAttributes = () => (preview ? [...preview.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value] as const) : []);

let measuring = 0;
let measureTimer = 0;

/**
 * Measures the chart as configured at each of the common column widths, each copy off screen
 * in the page's own font, and keeps the heights for the snippets' hints. The latest settings
 * win: a slower, older measurement is dropped.
 */
function measureWidths(): void {
  clearTimeout(measureTimer);
  const token = ++measuring;
  heights = undefined;
  measureTimer = window.setTimeout(async () => {
    if (!good || !preview) return;
    const json = good.json;
    const copies = MEASURE_WIDTHS.map((width) => {
      const copy = document.createElement(preview!.localName) as Chart;
      for (const [name, v] of previewAttributes()) copy.setAttribute(name, v);
      copy.style.width = `${width}px`;
      return copy;
    });
    measureBox.replaceChildren(...copies);
    await Promise.all(
      copies.map(async (copy) => {
        const loaded = new Promise((resolve) => copy.addEventListener('exchange-load', resolve, { once: true }));
        copy.data = json;
        await loaded;
        await copy.updateComplete;
      }),
    );
    // Two frames: the layouts that measure their text have drawn at their final size.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (token !== measuring) return;
    heights = new Map(copies.map((copy, i) => [MEASURE_WIDTHS[i], Math.ceil(copy.getBoundingClientRect().height)]));
    measureBox.replaceChildren();
    updateSnippets();
  }, 150);
}

/**
 * The preview's height, to reserve in the embed: measured when it draws and whenever it
 * changes size, but not while its "Show data" table is open, which readers open themselves.
 */
function measure(): void {
  if (!preview?.currentDataset) return;
  if (preview.shadowRoot?.querySelector('[aria-expanded="true"]')) return;
  const measured = Math.ceil(preview.getBoundingClientRect().height);
  if (measured === height || measured === 0) return;
  height = measured;
  updateSnippets();
}

// ---- snippets ----------------------------------------------------------------------------

/** The hosted address the editor typed, if it is a web address. */
function hostedUrl(): string | undefined {
  const text = hostedField.value.trim();
  const problem = $<HTMLParagraphElement>('#hosted-problem');
  problem.hidden = true;
  if (!text) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // reported below
  }
  problem.textContent = 'This is not a web address (https://…); the embed codes leave it out.';
  problem.hidden = false;
  return undefined;
}

function embedConfig(): EmbedConfig | undefined {
  if (!good) return undefined;
  const element = value('element') as ElementName;
  // A shipped dataset sits beside dist/ in the package: ../data/ from the base address.
  const src = good.shipped ? new URL(`..${good.shipped}`, baseUrl()).href : hostedUrl();
  const locale = value('locale');
  return {
    element,
    src,
    json: src ? undefined : JSON.stringify(good.json),
    view: element === 'exchange-chart' ? value('view') : undefined,
    series: element === 'exchange-chart' ? series() : undefined,
    projection: element === 'contributor-map' ? value('projection') : undefined,
    region: element === 'contributor-map' ? value('region') : undefined,
    theme: value('theme'),
    locale,
    heights,
    title: resolveText(good.dataset.title, locale, good.dataset.lang),
    stylesheet: (embedForm.elements.namedItem('stylesheet') as HTMLInputElement).checked,
  };
}

/** The base address the editor gave for the library's files, or the default (unpkg, this version). */
function baseUrl(): string {
  const text = baseField.value.trim();
  const base = text ? normalizeBase(text) : DEFAULT_BASE;
  const problem = $<HTMLParagraphElement>('#base-problem');
  problem.hidden = !!base;
  problem.textContent = base ? '' : `This is not a web address (https://…); the embed codes use ${DEFAULT_BASE}.`;
  return base ?? DEFAULT_BASE;
}

let fallbackRun = 0;

function updateSnippets(): void {
  const config = embedConfig();
  const status = $<HTMLParagraphElement>('#snippet-status');
  $<HTMLElement>('#hosted-field').hidden = !!good?.shipped;
  // While the widths are measured, the codes wait: a code without its heights would jump.
  const pending = !heights;
  $<HTMLParagraphElement>('#measuring').hidden = !pending || !config;
  const base = baseUrl();
  const codes = Object.fromEntries(
    Object.entries(SNIPPETS).map(([kind, make]) => [kind, config && !pending ? make(config, base) : undefined]),
  ) as Record<SnippetKind, string | undefined>;
  for (const [kind, code] of Object.entries(codes)) {
    const box = $<HTMLTextAreaElement>(`#snippet-${kind}`);
    box.value = code ?? '';
    box.hidden = kind === 'iframe' && !!config && !pending && !code;
    $<HTMLButtonElement>(`[data-copy="snippet-${kind}"]`).disabled = !code;
  }
  if (!config) return;
  // The third code, the element with its drawing inside for readers without JavaScript, is drawn
  // by renderStatic (asynchronously), at the width the preview is set to.
  const htmlBox = $<HTMLTextAreaElement>('#snippet-html');
  const drawing = ++fallbackRun;
  htmlBox.value = '';
  if (good && !pending) {
    // Only the latest settings' code is written, whichever finishes first.
    void fallbackSnippet(config, good.json, Number(value('width')) || 600, base).then(
      (text) => drawing === fallbackRun && (htmlBox.value = text),
      (error: Error) => drawing === fallbackRun && (htmlBox.value = `<!-- ${error.message} -->`),
    );
  }
  const iframe = codes.iframe;
  const note = $<HTMLParagraphElement>('#iframe-note');
  note.hidden = !!iframe || pending;
  note.textContent = iframe
    ? ''
    : 'The iframe loads the data from an address, and your JSON has none yet. Host it (Export → JSON gives you the file) and give its address under “Hosted at”, or use the script tag, which carries the data inside.';
  const invalid = jsonField.getAttribute('aria-invalid') === 'true';
  status.hidden = !invalid;
  status.textContent = invalid ? 'The JSON has problems: these codes are for the last valid version.' : '';
  $<HTMLSpanElement>('#size').textContent = height ? `${Number(value('width')) || 600} × ${height} px` : '';
}

async function copy(id: string): Promise<void> {
  const box = document.getElementById(id) as HTMLTextAreaElement;
  const status = $<HTMLParagraphElement>('#copy-status');
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    // Without clipboard permission (an http page, an iframe): the old way.
    box.hidden = false;
    box.select();
    document.execCommand('copy');
  }
  status.textContent = 'Copied. Paste it into an HTML block of your CMS.';
  setTimeout(() => (status.textContent = ''), 4000);
}

// ---- exports -----------------------------------------------------------------------------

async function exportAs(kind: string): Promise<void> {
  const status = $<HTMLParagraphElement>('#export-status');
  status.textContent = '';
  if (!preview || !good) return;
  const config = embedConfig()!;
  const name = [slug(config.title), config.element === 'exchange-chart' ? config.view : 'map', config.locale].filter(Boolean).join('-');
  try {
    if (kind === 'svg' || kind === 'png') {
      const { svg, width, height: h } = exportSvg(preview);
      const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, h, 2);
      download(blob, `${name}.${kind}`);
    } else if (kind === 'csv') {
      const csv = chartCsv(good.dataset, { element: config.element, view: config.view, series: config.series, locale: config.locale ?? 'en' });
      // A byte-order mark, so that spreadsheets read Arabic and Hebrew as UTF-8.
      download(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    } else if (kind === 'json') {
      download(new Blob([good.text], { type: 'application/json' }), `${slug(config.title)}.json`);
    }
    status.textContent = `Saved ${kind.toUpperCase()}.`;
  } catch (error) {
    status.textContent = `Could not export: ${(error as Error).message}`;
  }
}

// ---- address -----------------------------------------------------------------------------

function saveToAddress(): void {
  const params = new URLSearchParams();
  for (const name of SETTINGS) {
    const v = value(name);
    if (v) params.set(name, v);
  }
  const s = series();
  if (s && value('element') === 'exchange-chart') params.set('series', s);
  const base = baseField.value.trim();
  if (base && base !== DEFAULT_BASE) params.set('base', base);
  const query = `?${params}`;
  if (query !== location.search) history.replaceState(null, '', query);
}

function restoreFromAddress(): void {
  const params = new URLSearchParams(location.search);
  for (const name of SETTINGS) {
    const v = params.get(name);
    const select = form.elements.namedItem(name);
    if (v !== null && select instanceof HTMLSelectElement && [...select.options].some((o) => o.value === v)) select.value = v;
  }
  // Pasted JSON comes back from this browser's storage; without any, the default dataset.
  if (srcField.value === 'custom' && !customText) srcField.value = DEFAULT_SRC;
  baseField.value = params.get('base') ?? DEFAULT_BASE;
}

// ---- wiring ------------------------------------------------------------------------------

let typing = 0;
jsonField.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => {
    if (srcField.value !== 'custom' && jsonField.value !== shippedTexts.get(srcField.value)) srcField.value = 'custom';
    if (srcField.value === 'custom') {
      customText = jsonField.value;
      store(customText);
    }
    validate();
  }, 250);
});
// The band of a bad line follows the text as it scrolls.
jsonField.addEventListener('scroll', () => {
  const line = Number(jsonField.dataset.errorLine);
  if (line) markLine(line);
});
$<HTMLButtonElement>('#forget-json').addEventListener('click', () => {
  customText = '';
  store('');
  srcField.value = DEFAULT_SRC;
  void loadSelected();
});
form.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target === jsonField) return;
  if (target === srcField) void loadSelected();
  else applySettings();
});
hostedField.addEventListener('input', () => updateSnippets());
baseField.addEventListener('input', () => {
  saveToAddress();
  updateSnippets();
});
// The embed options belong to their own form (by the `form` attribute), not to the settings,
// but their events bubble through the page, not through that form.
document.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).form !== embedForm) return;
  const kind = String(new FormData(embedForm).get('kind'));
  $<HTMLElement>('#panel-script').hidden = kind !== 'script';
  $<HTMLElement>('#panel-iframe').hidden = kind !== 'iframe';
  $<HTMLElement>('#panel-html').hidden = kind !== 'html';
  updateSnippets();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => void copy(button.dataset.copy!));
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  button.addEventListener('click', () => void exportAs(button.dataset.export!));
}

restoreFromAddress();
store(customText);
applySettings();
void loadSelected();
