import '../src/index.js';
import { parseDataset } from '../src/data/load.js';
import type { Dataset } from '../src/data/schema.js';
import type { Problem } from '../src/data/validate.js';
import { resolveText } from '../src/data/text.js';
import { chartCsv } from './builder/csv.js';
import { addAnnotation, describeUpdates, recordUpdate } from './builder/revisions.js';
import { CDN, iframeSnippet, scriptSnippet, slug, type ElementName, type EmbedConfig } from './builder/snippet.js';
import { fallbackSnippet } from './builder/fallback.js';
import { download, exportSvg, svgToPng } from './builder/svg-export.js';

// The embed builder: data (a shipped dataset, or JSON pasted and edited), chart and look on the
// left; the live preview, the embed codes and the exports on the right. Settings live in the
// address, so a configuration can be shared or reloaded; pasted JSON stays in the page.

type Chart = HTMLElementTagNameMap['exchange-chart'] | HTMLElementTagNameMap['contributor-map'];

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#controls');
const embedForm = $<HTMLFormElement>('#embed-options');
const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
const srcField = field<HTMLSelectElement>('src');
const jsonField = $<HTMLTextAreaElement>('#json');
const hostedField = field<HTMLInputElement>('hosted');
const stage = $<HTMLDivElement>('#stage');

const DEFAULT_SRC = '/data/gaza-exchange-2025-10-16.json';
const SETTINGS = ['src', 'element', 'view', 'projection', 'region', 'theme', 'locale', 'width'] as const;

/** The last JSON that validated: what the preview shows and the snippets carry. */
let good: { text: string; json: unknown; dataset: Dataset; shipped?: string } | undefined;
/** The text of each shipped dataset, as fetched. */
const shippedTexts = new Map<string, string>();
/** The editor's own JSON, kept while they look at a shipped dataset. */
let customText = '';
/** Height of the preview element, measured. */
let height = 0;
let preview: Chart | undefined;

const value = (name: string) => String(new FormData(form).get(name) ?? '');
const isShipped = (src: string) => [...srcField.options].some((o) => o.value === src && src !== 'custom');

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

function applySettings(): void {
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
  updateSnippets();
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
  const src = good.shipped ? `${CDN}${good.shipped.replace(/^\//, '')}` : hostedUrl();
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
    height: height || undefined,
    title: resolveText(good.dataset.title, locale, good.dataset.lang),
    stylesheet: (embedForm.elements.namedItem('stylesheet') as HTMLInputElement).checked,
  };
}

function updateSnippets(): void {
  const config = embedConfig();
  const scriptBox = $<HTMLTextAreaElement>('#snippet-script');
  const iframeBox = $<HTMLTextAreaElement>('#snippet-iframe');
  const note = $<HTMLParagraphElement>('#iframe-note');
  const status = $<HTMLParagraphElement>('#snippet-status');
  $<HTMLElement>('#hosted-field').hidden = !!good?.shipped;
  if (!config) {
    scriptBox.value = iframeBox.value = '';
    return;
  }
  scriptBox.value = scriptSnippet(config);
  const htmlBox = $<HTMLTextAreaElement>('#snippet-html');
  void fallbackSnippet(config, good!.json, Number(value('width')) || 600).then(
    (text) => (htmlBox.value = text),
    (error: Error) => (htmlBox.value = `<!-- ${error.message} -->`),
  );
  const iframe = iframeSnippet(config);
  iframeBox.value = iframe ?? '';
  iframeBox.hidden = !iframe;
  note.hidden = !!iframe;
  note.textContent = iframe
    ? ''
    : 'The iframe loads the data from an address, and your JSON has none yet. Host it (Export → JSON gives you the file) and give its address under “Hosted at”, or use the script tag, which carries the data inside.';
  (document.querySelector<HTMLButtonElement>('[data-copy="snippet-iframe"]')!).disabled = !iframe;
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
    if (v && v !== 'custom') params.set(name, v);
  }
  const s = series();
  if (s && value('element') === 'exchange-chart') params.set('series', s);
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
  if (srcField.value === 'custom') srcField.value = DEFAULT_SRC;
}

// ---- wiring ------------------------------------------------------------------------------

let typing = 0;
jsonField.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => {
    customText = jsonField.value;
    if (srcField.value !== 'custom' && jsonField.value !== shippedTexts.get(srcField.value)) srcField.value = 'custom';
    validate();
  }, 250);
});
form.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target === jsonField) return;
  if (target === srcField) void loadSelected();
  else applySettings();
});
hostedField.addEventListener('input', () => updateSnippets());
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
applySettings();
void loadSelected();
