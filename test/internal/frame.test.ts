import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { drawnAt, validDataset } from '../helpers/fixtures.js';

// The frame around every drawing, as a reader of a host page sees it: padding inside the
// background, text that keeps its own alignment and case, a heading at the page's level, and
// words that grow with the reader's font size.

type Tag = 'exchange-chart' | 'contributor-map';
const TAGS: Tag[] = ['exchange-chart', 'contributor-map'];
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** An element inside a host page's container styled with `style`, drawn at `width`. */
async function inPage(tag: Tag, width: number, attributes: Record<string, string>, style: string) {
  const page = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  const el = await drawnAt(tag, width, attributes);
  page.append(el.parentElement!);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

/** Boxes of everything visible inside the element's shadow root. */
function contentBoxes(el: Element): { what: string; box: DOMRect }[] {
  const picks = ['[part="title"]', '[part="sources"]', '[part="as-of"]', '[part="data-toggle"]', 'svg[role="graphics-document"]', '.legend'];
  return picks.flatMap((s) => [...el.shadowRoot!.querySelectorAll(s)].map((n) => ({ what: s, box: n.getBoundingClientRect() })));
}

describe('the frame', () => {
  for (const tag of TAGS) {
    for (const theme of ['dark', 'light']) {
      it(`${tag} (${theme}): nothing touches the edge of its background, at 280 and 1000 px`, async () => {
        for (const width of [280, 1000]) {
          const el = await drawnAt(tag, width, { theme, locale: 'en' });
          const host = el.getBoundingClientRect();
          expect(getComputedStyle(el).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
          for (const { what, box } of contentBoxes(el)) {
            expect(box.left - host.left, `${what} left at ${width}`).to.be.at.least(8);
            expect(host.right - box.right, `${what} right at ${width}`).to.be.at.least(8);
            expect(box.top - host.top, `${what} top at ${width}`).to.be.at.least(8);
            expect(host.bottom - box.bottom, `${what} bottom at ${width}`).to.be.at.least(8);
          }
        }
      });
    }

    it(`${tag}: --exchange-chart-padding sets the padding, 0 aligns it with the page`, async () => {
      const el = await drawnAt(tag, 600, {}, validDataset(), { '--exchange-chart-padding': '0' });
      expect($(el, '[part="title"]').getBoundingClientRect().left).to.be.closeTo(el.getBoundingClientRect().left, 0.5);
      el.style.setProperty('--exchange-chart-padding', '2rem');
      expect($(el, '[part="title"]').getBoundingClientRect().left - el.getBoundingClientRect().left).to.be.closeTo(32, 0.5);
    });

    it(`${tag}: keeps its own alignment, case and spacing in a page that centres and upper-cases`, async () => {
      const hostile =
        'text-align: center; text-transform: uppercase; letter-spacing: 4px; word-spacing: 12px; line-height: 3; white-space: nowrap; font-style: italic; font-weight: 700; text-indent: 40px';
      const el = await inPage(tag, 600, { locale: 'en' }, hostile);
      for (const selector of ['[part="title"]', '[part="sources"]', '[part="as-of"]', '.notes li', '.legend li']) {
        const node = el.shadowRoot!.querySelector(selector);
        if (!node) continue;
        const style = getComputedStyle(node);
        expect(
          [style.textAlign, style.textTransform, style.letterSpacing, style.wordSpacing, style.whiteSpace, style.fontStyle, style.textIndent],
          selector,
        ).to.deep.equal(['start', 'none', 'normal', '0px', 'normal', 'normal', '0px']);
        expect(parseFloat(style.lineHeight), `${selector} line height`).to.be.below(2 * parseFloat(style.fontSize));
      }
      // The title starts at the start of the element's content, not in its middle.
      const title = $(el, '[part="title"]');
      const range = document.createRange();
      range.selectNodeContents(title);
      expect(range.getBoundingClientRect().left - el.getBoundingClientRect().left).to.be.below(16);
      expect(getComputedStyle($(el, '[part="title"]')).fontWeight).to.equal('700');
      expect(getComputedStyle($(el, '[part="as-of"]')).fontWeight).to.equal('400');
    });

    it(`${tag}: heading-level sets the title's heading, 2 by default and for values outside 1–6`, async () => {
      const el = await drawnAt(tag, 600, {});
      const heading = () => el.shadowRoot!.querySelector('[part="title"]')!;
      expect(heading().tagName).to.equal('H2');
      for (const [value, tagName] of [
        ['3', 'H3'],
        ['1', 'H1'],
        ['6', 'H6'],
        ['9', 'H2'],
        ['two', 'H2'],
      ]) {
        el.setAttribute('heading-level', value);
        await el.updateComplete;
        expect(heading().tagName, value).to.equal(tagName);
        expect(heading().textContent!.trim()).to.equal('Exchange');
      }
      expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length).to.equal(1);
    });
  }

  it('list bullets stay beside their items in a centred page, left to right and right to left', async () => {
    const data = validDataset();
    data.notes = ['A short note.'];
    for (const locale of ['en', 'ar']) {
      const page = await fixture<HTMLDivElement>(html`<div style="text-align: center; width: 800px"></div>`);
      const el = await drawnAt('exchange-chart', 800, { locale }, data);
      page.append(el.parentElement!);
      await el.updateComplete;
      const li = $(el, '.notes li');
      const range = document.createRange();
      range.selectNodeContents(li);
      const text = range.getBoundingClientRect();
      const item = li.getBoundingClientRect();
      // The marker sits just outside the item's start edge (in the item's own direction: an
      // English note in an Arabic chart runs left to right): the text starts at that edge.
      if (getComputedStyle(li).direction === 'ltr') expect(text.left - item.left, locale).to.be.below(2);
      else expect(item.right - text.right, locale).to.be.below(2);
      // And the bullet, in the item's own margin on its start side, stays inside the element's padding.
      const host = el.getBoundingClientRect();
      const [start, end] = getComputedStyle(li).direction === 'ltr' ? [item.left - host.left, host.right - item.right] : [host.right - item.right, item.left - host.left];
      expect(start, `${locale}: room for the bullet`).to.be.at.least(12 + 12);
      expect(end, `${locale}: the padding on the other side`).to.be.at.least(12);
    }
  });
});

describe('text zoom (a root font size of 32 px)', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const view of ['bars', 'units', 'progress', 'timeline']) {
    it(`${view}: the chart's words double with the page's, and stay inside the element`, async () => {
      const size = async () => {
        // Eager: the first chart, redrawn at 32 px as soon as its padding grows, may push the
        // second more than a viewport down, where a lazy one waits for the reader.
        const el = await drawnAt('exchange-chart', 600, { view, locale: 'en', loading: 'eager' });
        const label = el.shadowRoot!.querySelector('svg text')!;
        return { el, height: label.getBoundingClientRect().height, fontSize: parseFloat(getComputedStyle(label).fontSize) };
      };
      const normal = await size();
      // At 16 px, the drawing is exactly the element's width: nothing is scaled.
      const svg = normal.el.shadowRoot!.querySelector('svg')!;
      expect(svg.getAttribute('viewBox')!.split(' ')[2]).to.equal(svg.getAttribute('width'));
      document.documentElement.style.fontSize = '32px';
      const zoomed = await size();
      expect(zoomed.height / normal.height).to.be.closeTo(2, 0.15);
      const host = zoomed.el.getBoundingClientRect();
      for (const text of zoomed.el.shadowRoot!.querySelectorAll('svg text')) {
        const box = text.getBoundingClientRect();
        expect(box.left, text.textContent!).to.be.at.least(host.left);
        expect(box.right, text.textContent!).to.be.at.most(host.right);
      }
      // The HTML title grows by the same factor.
      expect(zoomed.el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(host.width);
    });
  }
});
