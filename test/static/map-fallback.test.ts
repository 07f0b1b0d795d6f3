import { expect } from '@open-wc/testing';
// Not the element: these pages start as ones where its script has not run (or never will).
import { renderStatic } from '../../src/static/index.js';
import type { Dataset } from '../../src/data/schema.js';
import { DEFAULT_DATASET } from '../snapshots/datasets.js';
import { until } from '../helpers/until.js';
import { axTree, type AxNode } from '../helpers/ax.js';

// The map's HTML fallback from renderStatic(): what a reader without JavaScript sees and hears
// of <contributor-map>, how the element takes it over, and that the static drawing writes each
// country's name where the element writes it.

/** What a screen reader is given: text, and the names of headings, graphics and links. */
const heard = (tree: AxNode[]) =>
  tree.flatMap((n) => (['StaticText', 'graphics-symbol', 'graphics-document', 'link', 'heading'].includes(n.role) ? [n.name] : [])).filter(Boolean);
const count = (all: string[], phrase: string) => all.reduce((n, s) => n + s.split(phrase).length - 1, 0);
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Layout shifts from now on (after two frames, so that an earlier test's page leaving is not counted). */
async function layoutShifts(): Promise<number[]> {
  await frames();
  const shifts: number[] = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe({ type: 'layout-shift' });
  return shifts;
}

let shipped: Dataset | undefined;
async function dataset(): Promise<Dataset> {
  shipped ??= (await (await fetch(DEFAULT_DATASET)).json()) as Dataset;
  return structuredClone(shipped);
}

// Arial's widths, the fixed metrics the fallback was laid out with (Liberation Sans here).
const PAGE_STYLE = "margin: 0; font: 16px 'Liberation Sans', Arial, sans-serif";

/** The fallback in a frame whose scripts are off (a sandbox without allow-scripts; same origin only so that the test can look in). */
async function withoutScript(markup: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width: ${width}px; height: 1200px; border: 0`;
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><body style="${PAGE_STYLE}">${markup}<p id="after">After the map.</p></body>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** Every text drawn on a map, by its words, with its box's centre in the map's own px. */
function textsOn(svg: SVGSVGElement): { text: string; x: number; y: number }[] {
  return [...svg.querySelectorAll('text')]
    .map((t) => {
      const b = t.getBBox();
      return { text: t.textContent!.trim(), x: b.x + b.width / 2, y: b.y + b.height / 2 };
    })
    .sort((a, b) => a.text.localeCompare(b.text));
}

// What a reader must find with scripts off: each country's name, status and figure with its
// qualifier, the focus, the note that the list is incomplete, a source and the date.
const WORDS = [
  'Indonesia',
  'United Arab Emirates',
  'Egypt',
  'Qatar',
  'Azerbaijan',
  'United States',
  'In talks',
  'Supporting, not deploying',
  'up to 200 troops',
  'Gaza Strip',
  'and others not named',
  'Two unnamed senior US advisers speaking to Reuters',
  'As of October 16, 2025',
];
// How a screen reader hears each country's mark: name, status and figure.
const MARKS = [
  'Indonesia; In talks',
  'United Arab Emirates; In talks',
  'Egypt; In talks',
  'Qatar; In talks',
  'Azerbaijan; In talks',
  'United States; Supporting, not deploying; up to 200 troops',
];

describe('the map’s HTML fallback', () => {
  it('with JavaScript disabled, shows every country with its status, figure and source, inside the element', async () => {
    const width = 640;
    const { data } = await renderStatic(await dataset(), { element: 'contributor-map', width, format: 'html' });
    const frame = await withoutScript(data as string, width);
    const doc = frame.contentDocument!;
    const el = doc.querySelector('contributor-map')!;
    expect(customElements.get.call(frame.contentWindow!.customElements, 'contributor-map'), 'no script ran').to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root, 'a declarative shadow root').to.not.equal(null);
    const text = root.textContent!.replace(/\s+/g, ' ');
    for (const phrase of WORDS) expect(text, phrase).to.include(phrase);
    // The map drawn inside the element, in the theme's colours, every listed country a mark.
    const box = el.getBoundingClientRect();
    const svg = root.querySelector<SVGSVGElement>('.map svg')!;
    const map = svg.getBoundingClientRect();
    expect(map.width, 'the map as wide as the element inside its padding').to.be.closeTo(width - 24, 1);
    expect(map.left >= box.left && map.right <= box.right, 'inside the element').to.equal(true);
    const marks = [...svg.querySelectorAll('[role="graphics-symbol"]')].map((g) => g.getAttribute('aria-label'));
    for (const mark of MARKS) expect(marks, mark).to.include(mark);
    for (const shape of svg.querySelectorAll<SVGPathElement>('[role="graphics-symbol"] > path')) {
      expect(shape.getAttribute('fill'), 'a status pattern').to.match(/^url\(#status-/);
      expect(root.getElementById(shape.getAttribute('fill')!.slice(5, -1)), 'the pattern it names').to.not.equal(null);
    }
    expect(getComputedStyle(root.querySelector('.title')!).fontWeight, 'the stylesheet applies').to.equal('700');
    // The key, as the element's: a swatch and the words of each status drawn.
    expect([...root.querySelectorAll('.legend-item')].map((li) => li.textContent!.trim())).to.deep.equal(['In talks', 'Supporting, not deploying']);
    expect(doc.getElementById('after')!.getBoundingClientRect().top).to.be.at.least(box.bottom);
    frame.remove();
  });

  it('is heard by a screen reader; the element then replaces it without a layout shift, and nothing is heard twice', async () => {
    const width = 640;
    const shifts = await layoutShifts();
    const { data } = await renderStatic(await dataset(), { element: 'contributor-map', width, format: 'html' });
    const page = document.createElement('main');
    page.style.cssText = `${PAGE_STYLE}; width: ${width}px`;
    // As the HTML parser reads it: setHTMLUnsafe attaches declarative shadow roots.
    (page as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`<p>Before the map.</p>${data}<p id="after">After the map.</p>`);
    document.body.append(page);
    const el = page.querySelector('contributor-map')!;
    const after = page.querySelector('#after')!;
    await frames();
    const before = { height: el.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
    expect(customElements.get('contributor-map'), 'the element is not defined yet').to.equal(undefined);

    const words = heard(await axTree());
    for (const phrase of [...WORDS, ...MARKS]) expect(count(words, phrase), `"${phrase}" heard in ${words.join(' | ')}`).to.be.greaterThan(0);
    const said = [...WORDS, ...MARKS].map((w) => count(words, w));

    await import('../../src/index.js');
    await until(() => !el.shadowRoot!.querySelector('[data-static]') && el.shadowRoot!.querySelector('svg .mark'), 'the element to take over');
    await frames();
    expect(el.getBoundingClientRect().height, 'the same height').to.equal(before.height);
    expect(after.getBoundingClientRect().top, 'what follows does not move').to.equal(before.after);
    expect(shifts, 'layout-shift entries').to.deep.equal([]);
    // The element's own map, heard once: the fallback is gone, not hidden beside it.
    const live = heard(await axTree());
    expect([...WORDS, ...MARKS].map((w) => count(live, w)), live.join(' | ')).to.deep.equal(said);
    expect(el.shadowRoot!.querySelectorAll('.base').length).to.equal(1);
    page.remove();
  });

  // The static map is the element's layout (layoutMap) measured with fixed metrics; in a page
  // whose font has those widths, each name, callout number and the focus's label land where
  // the element puts them: beside the US over the ocean, not across its dotted pattern.
  // (Before it, a copy of the layout put "United States: up to 200 troops" 150 px away.)
  for (const [locale, width] of [
    ['en', 320],
    ['en', 1000],
    ['ar', 320],
    ['ar', 1000],
  ] as const) {
    it(`writes every name where the element writes it, ${locale} at ${width} px`, async () => {
      const { data } = await renderStatic(await dataset(), { element: 'contributor-map', width, locale, format: 'html' });
      const frame = await withoutScript(data as string, width);
      const fallback = textsOn(frame.contentDocument!.querySelector('contributor-map')!.shadowRoot!.querySelector<SVGSVGElement>('.map svg')!);

      await import('../../src/index.js');
      const page = document.createElement('main');
      page.style.cssText = `${PAGE_STYLE}; width: ${width}px`;
      page.innerHTML = `<contributor-map locale="${locale}" loading="eager"></contributor-map>`;
      document.body.append(page);
      const el = page.querySelector('contributor-map')!;
      el.data = await dataset();
      await until(() => el.shadowRoot!.querySelector('.map svg .country-label'), 'the element to draw');
      await frames();
      await el.updateComplete;
      const live = textsOn(el.shadowRoot!.querySelector<SVGSVGElement>('.map svg')!);
      frame.remove();
      page.remove();

      // The same words: each country named in full, by its short name, or by the same callout number.
      expect(fallback.map((t) => t.text), 'the same words on the map').to.deep.equal(live.map((t) => t.text));
      expect(fallback.length).to.be.greaterThan(3);
      // Arabic names are measured in their letters' isolated forms (src/static/measure.ts), wider
      // than the joined forms the page draws, so an Arabic label's box is not the element's to the pixel.
      if (locale === 'ar') return;
      live.forEach((t, i) => {
        expect(fallback[i].x, `${t.text}: x`).to.be.closeTo(t.x, 1);
        expect(fallback[i].y, `${t.text}: y`).to.be.closeTo(t.y, 1);
      });
    });
  }
});
