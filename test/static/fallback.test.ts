import { expect } from '@open-wc/testing';
// Not the elements: this page starts as one where their script has not run (or never will).
import { renderStatic } from '../../src/static/index.js';
import type { Dataset } from '../../src/data/schema.js';
import { validDataset } from '../helpers/fixtures.js';
import { until } from '../helpers/until.js';
import { axTree, type AxNode } from '../helpers/ax.js';

// The HTML fallback of renderStatic(): what a reader without JavaScript sees and hears, and how
// the element takes it over when its script runs.

/** What a screen reader is given: text, and the names of headings, graphics and links. */
const heard = (tree: AxNode[]) =>
  tree.flatMap((n) => (['StaticText', 'graphics-symbol', 'graphics-document', 'link', 'heading'].includes(n.role) ? [n.name] : [])).filter(Boolean);
const count = (all: string[], phrase: string) => all.reduce((n, s) => n + s.split(phrase).length - 1, 0);

/** Layout shifts from now on (after two frames, so that an earlier test's page leaving is not counted). */
async function layoutShifts(): Promise<number[]> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const shifts: number[] = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe({ type: 'layout-shift' });
  return shifts;
}

function dataset(): Dataset {
  const data = validDataset();
  data.subtitle = 'Captives and detainees released';
  data.notes = ['The detainee count is approximate in the source.'];
  return data;
}

// Arial's widths, the fixed metrics the fallback was laid out with (Liberation Sans here).
const PAGE_STYLE = "margin: 0; font: 16px 'Liberation Sans', Arial, sans-serif";
const WIDTH = 640;
const WORDS = ['Exchange', 'Captives and detainees released', '20', '7 of 28', 'nearly 2,000', 'Source A', 'Source B', 'As of October 16, 2025'];

describe('the HTML fallback', () => {
  it('with JavaScript disabled, shows the drawing with every figure, qualifier, source and date as text', async () => {
    const { data } = await renderStatic(dataset(), { view: 'bars', width: WIDTH, format: 'html' });
    const frame = document.createElement('iframe');
    // Scripts off: a sandbox without allow-scripts (same origin, only so that the test can look in).
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = `width: ${WIDTH}px; height: 900px; border: 0`;
    frame.srcdoc = `<!doctype html><meta charset="utf-8"><body style="${PAGE_STYLE}">${data}<p id="after">After the chart.</p></body>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const el = doc.querySelector('exchange-chart')!;
    expect(customElements.get.call(frame.contentWindow!.customElements, 'exchange-chart'), 'no script ran').to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root, 'a declarative shadow root').to.not.equal(null);
    const text = root.textContent!.replace(/\s+/g, ' ');
    for (const phrase of WORDS) expect(text, phrase).to.include(phrase);
    // Drawn, inside the element, in the theme's colours: the bars have their size and fill.
    const box = el.getBoundingClientRect();
    const bars = [...root.querySelectorAll<SVGRectElement>('svg[part="svg"] rect[fill="#5b4a9e"]')];
    expect(bars.length).to.be.greaterThan(0);
    for (const bar of bars) {
      const b = bar.getBoundingClientRect();
      expect(b.width, 'a bar is drawn').to.be.greaterThan(1);
      expect(b.left >= box.left && b.right <= box.right, 'inside the element').to.equal(true);
    }
    expect(getComputedStyle(root.querySelector('.title')!).fontWeight, 'the stylesheet applies').to.equal('700');
    expect(doc.getElementById('after')!.getBoundingClientRect().top).to.be.at.least(box.bottom);
    frame.remove();
  });

  it('is heard by a screen reader; the element then replaces it without a layout shift, and nothing is heard twice', async () => {
    const shifts = await layoutShifts();
    const { data } = await renderStatic(dataset(), { view: 'bars', width: WIDTH, format: 'html' });
    const page = document.createElement('main');
    page.style.cssText = `${PAGE_STYLE}; width: ${WIDTH}px`;
    // As the HTML parser reads it: setHTMLUnsafe attaches declarative shadow roots.
    (page as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`<p>Before the chart.</p>${data}<p id="after">After the chart.</p>`);
    document.body.append(page);
    const el = page.querySelector('exchange-chart')!;
    const after = page.querySelector('#after')!;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const before = { height: el.getBoundingClientRect().height, after: after.getBoundingClientRect().top };

    const words = heard(await axTree());
    for (const phrase of WORDS) expect(count(words, phrase), `"${phrase}" heard in ${words.join(' | ')}`).to.be.greaterThan(0);
    expect(words).to.include('Exchange');
    expect(words).to.include('Detainees released: nearly 2,000');
    const fallbackCounts = WORDS.map((w) => count(words, w));

    await import('../../src/index.js');
    await until(() => !el.shadowRoot!.querySelector('[data-static]') && el.shadowRoot!.querySelector('svg .mark'), 'the element to take over');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.getBoundingClientRect().height, 'the same height').to.equal(before.height);
    expect(after.getBoundingClientRect().top, 'what follows does not move').to.equal(before.after);
    expect(shifts, 'layout-shift entries').to.deep.equal([]);
    // The element's own drawing, heard once: the fallback is gone, not hidden beside it.
    const live = heard(await axTree());
    expect(WORDS.map((w) => count(live, w)), live.join(' | ')).to.deep.equal(fallbackCounts);
    expect(el.shadowRoot!.querySelectorAll('.base').length).to.equal(1);
    page.remove();
  });

  it('stands while the data is on its way from src: the element draws nothing beside it until it can replace it', async () => {
    const shifts = await layoutShifts();
    await import('../../src/index.js');
    const gate = `fallback-${Math.random().toString(36).slice(2)}`;
    const src = `/__test__/gate/${gate}?body=${encodeURIComponent(JSON.stringify(dataset()))}`;
    const { data } = await renderStatic(dataset(), { view: 'bars', width: WIDTH, format: 'html', src });
    const page = document.createElement('main');
    page.style.cssText = `${PAGE_STYLE}; width: ${WIDTH}px`;
    (page as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(`${data}<p id="after">After the chart.</p>`);
    document.body.append(page);
    const el = page.querySelector('exchange-chart')!;
    const after = page.querySelector('#after')!;
    await until(() => el.shadowRoot!.querySelector('.placeholder'), 'the element to render its placeholder');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const top = after.getBoundingClientRect().top;
    expect(el.shadowRoot!.querySelector('[data-static]'), 'the fallback stands').to.not.equal(null);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.placeholder')!.parentElement!).display, 'the placeholder waits behind it').to.equal('none');
    await fetch(`/__test__/gate/${gate}/open`);
    await until(() => !el.shadowRoot!.querySelector('[data-static]') && el.shadowRoot!.querySelector('svg .mark'), 'the element to take over');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(after.getBoundingClientRect().top).to.equal(top);
    expect(shifts).to.deep.equal([]);
    page.remove();
  });
});
