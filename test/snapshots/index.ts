// The registry of snapshot cases. Each case renders one element as a reader would see it;
// test/snapshots.test.ts compares its SVG with the golden test/output/<name>.svg, and the demo's
// gallery (demo/gallery.html) renders every case live beside its golden.
//
// Add cases in the element's own file (exchange-chart.cases.ts, contributor-map.cases.ts):
//   { name: 'exchange-chart-bars-light-1000', tag: 'exchange-chart', width: 1000,
//     attributes: { view: 'bars', theme: 'light' }, src: DEFAULT_DATASET }
// Names are kebab-case, start with the tag, and are unique. Dataset URLs: ./datasets.js.
//
// Every case measures its text with fixed font metrics (../helpers/font-metrics.ts), not the
// canvas: a golden is then the same on every machine, whatever fonts it has installed.

import type { Dataset } from '../../src/data/schema.js';
import { setTextWidth, type TextWidth } from '../../src/internal/measure.js';
import { fixedTextWidth } from '../helpers/font-metrics.js';
import { contributorMapCases } from './contributor-map.cases.js';
import { exchangeChartCases } from './exchange-chart.cases.js';

export interface SnapshotCase {
  name: string;
  tag: 'exchange-chart' | 'contributor-map';
  /** Width in px of the element's container. */
  width: number;
  attributes?: Record<string, string>;
  /** URL of a dataset, or the dataset itself. */
  src?: string;
  data?: unknown;
  /** Changes the dataset at `src` before it is drawn (given as data): a variant of a shipped dataset. */
  edit?: (dataset: Dataset) => void;
  /** Which SVG in the shadow root to snapshot; the first graphics-document by default. */
  selector?: string;
}

export { DEFAULT_DATASET, TIMELINE_DATASET } from './datasets.js';

export const cases: SnapshotCase[] = [...exchangeChartCases, ...contributorMapCases];

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Renders a case into a container of its width and resolves once it has drawn. Text is
 * measured with `measure`: the fixed font metrics of the goldens unless a test says otherwise.
 */
export async function renderCase(c: SnapshotCase, parent: HTMLElement = document.body, measure: TextWidth = fixedTextWidth): Promise<Rendered> {
  const box = document.createElement('div');
  box.style.width = `${c.width}px`;
  const el = document.createElement(c.tag) as Rendered & { data?: unknown };
  setTextWidth(el, measure);
  // At once, wherever it is: a case far down the gallery would otherwise wait to be scrolled to.
  el.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(c.attributes ?? {})) el.setAttribute(name, value);
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('exchange-load', resolve, { once: true });
    el.addEventListener('exchange-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))), { once: true });
  });
  if (c.data !== undefined) el.data = c.data;
  else if (c.src && c.edit) {
    const dataset = (await (await fetch(c.src)).json()) as Dataset;
    c.edit(dataset);
    el.data = dataset;
  } else if (c.src) el.setAttribute('src', c.src);
  box.append(el);
  parent.append(box);
  await loaded;
  await el.updateComplete;
  // One frame for the ResizeObserver to report the width, and the redraw it asks for.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

/** The SVG of a rendered case that its golden holds. */
export function caseSvg(c: SnapshotCase, el: Element): SVGSVGElement | null {
  return el.shadowRoot!.querySelector<SVGSVGElement>(c.selector ?? 'svg[role="graphics-document"]');
}
