import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Dataset } from '../../src/data/schema.js';
import { clone, drawnAt, validDataset } from '../helpers/fixtures.js';
import { axTree, type AxNode } from '../helpers/ax.js';

// What a reader who does not see the chart meets: the accessibility tree as Chromium gives it
// to screen readers (through the DevTools protocol), the tab order and the keys.

const VIEWS = ['bars', 'units', 'progress', 'timeline'] as const;

/**
 * What a screen reader says, in reading order: text as text, and the name and description of
 * everything whose name is not its own text (graphics, their marks, regions).
 */
function heard(tree: AxNode[]): string[] {
  const named = new Set(['graphics-document', 'graphics-symbol', 'image', 'region', 'group']);
  return tree.flatMap((n) => (n.role === 'StaticText' ? [n.name] : named.has(n.role) ? [n.name, n.description] : [])).filter(Boolean);
}

const count = (all: string[], phrase: string) => all.reduce((n, s) => n + s.split(phrase).length - 1, 0);

/** Remains returned on several dates; the detainees once, so the timeline leaves them out. */
function timelineData(): Dataset {
  const data = validDataset();
  data.events = ['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-28'].map((date, i) => ({
    date,
    figure: 'remains',
    value: [4, 1, 1, 1][i],
    sources: ['a'],
  }));
  data.events.push({ date: '2025-10-13', figure: 'detainees', value: 2000, sources: ['b'] });
  return data;
}

const markEls = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg .mark')];

describe('<exchange-chart> read without seeing', () => {
  for (const view of VIEWS) {
    it(`${view}: the title is heard once, the summary once, then each mark with its value`, async () => {
      const el = await drawnAt('exchange-chart', 600, { view }, view === 'timeline' ? timelineData() : validDataset());
      const words = heard(await axTree());
      expect(count(words, 'Exchange'), words.join(' | ')).to.equal(1);
      const doc = (await axTree()).find((n) => n.role === 'graphics-document')!;
      expect(doc.name).to.contain('Remains returned: ');
      expect(doc.name).not.to.contain('Exchange');
      // Each figure drawn: once in the summary, once as its mark, and nowhere else.
      const marks = (await axTree()).filter((n) => n.role === 'graphics-symbol');
      expect(marks.length).to.be.greaterThan(0);
      expect(count(words, '7 of 28')).to.equal(2); // a timeline: its last point
      if (view === 'bars' || view === 'units') {
        expect(count(words, 'nearly 2,000')).to.equal(2);
        expect(marks.map((m) => m.name)).to.include('Detainees released: nearly 2,000');
      } else expect(count(words, 'nearly 2,000'), 'not drawn, not said').to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="summary"]')!.getAttribute('aria-hidden')).to.equal('true');
    });
  }

  it('a mark is described by what its tooltip shows: its date and its sources', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' });
    const marks = (await axTree()).filter((n) => n.role === 'graphics-symbol');
    expect(marks.map((m) => [m.name, m.description])).to.deep.equal([
      // Each source name isolated (U+2068 … U+2069), as in the summary: marks no one hears.
      ['Living captives released: 20', 'As of October 16, 2025. Source: \u2068Source A\u2069.'],
      ['Remains returned: 7 of 28', 'As of October 16, 2025. Source: \u2068Source A\u2069.'],
      ['Detainees released: nearly 2,000', 'As of October 16, 2025. Sources: \u2068Source A\u2069; \u2068Source B\u2069.'],
    ]);
    // The same words as the tooltip.
    markEls(el)[2].focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[role="tooltip"]')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).to.contain('As of October 16, 2025').and.to.contain('Sources: Source A; Source B');
  });

  it('a timeline point is read with its running total, its date and its source', async () => {
    await drawnAt('exchange-chart', 600, { view: 'timeline' }, timelineData());
    const points = (await axTree()).filter((n) => n.role === 'graphics-symbol');
    expect(points[1].name).to.equal('Remains returned, October 14, 2025: 5 of 28');
    expect(points[1].description).to.equal('October 14, 2025. Source: \u2068Source A\u2069.');
  });

  it('the timeline’s summary speaks only of the figures it draws', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'timeline' }, timelineData());
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain('Remains returned: 7 of 28');
    expect(summary).to.contain('October 13, 2025');
    expect(summary).not.to.contain('Detainees');
    expect(summary).not.to.contain('Living');
  });

  for (const view of VIEWS) {
    it(`${view}: one tab stop, on the first mark, then the "Show data" toggle`, async () => {
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      const el = await drawnAt('exchange-chart', 600, { view }, view === 'timeline' ? timelineData() : validDataset());
      before.focus();
      const stops: string[] = [];
      for (let i = 0; i < 2; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement;
        stops.push(active ? `${active.tagName.toLowerCase()}.${active.classList[0]}[${active.getAttribute('data-index') ?? ''}]` : 'outside');
      }
      expect(stops).to.deep.equal(['g.mark[0]', 'button.data-toggle[]']);
      expect((await axTree()).find((n) => n.role === 'graphics-document')!.focusable).to.equal(false);
    });
  }

  it('Escape closes the open "Show data" table and gives focus back to its toggle', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' });
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('.data-panel')!;
    expect(panel.hidden).to.equal(false);
    el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('Escape closes the map’s table too', async () => {
    const el = await drawnAt('contributor-map', 600, {});
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!;
    toggle.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.download')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.data-panel')!.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  for (const view of ['bars', 'units', 'progress'] as const) {
    for (const [width, locale] of [
      [280, 'en'],
      [1000, 'ar'],
    ] as const) {
      it(`${view} at ${width} px (${locale}): the focus ring crosses no text`, async () => {
        const data = clone(validDataset());
        data.figures[2].label = 'Palestinian detainees and prisoners released from Israeli prisons';
        const el = await drawnAt('exchange-chart', width, { view, locale }, data);
        const svg = el.shadowRoot!.querySelector('svg')!;
        const host = el.getBoundingClientRect();
        for (const mark of markEls(el)) {
          mark.focus();
          await el.updateComplete;
          const ring = el.shadowRoot!.querySelector('.mark[tabindex="0"] .hit')!;
          expect(getComputedStyle(ring).stroke, 'the ring is drawn').not.to.equal('none');
          const r = ring.getBoundingClientRect();
          // Stroke of 2 px centred on the outline.
          const edges = [
            { x0: r.left - 1, x1: r.right + 1, y0: r.top - 1, y1: r.top + 1 },
            { x0: r.left - 1, x1: r.right + 1, y0: r.bottom - 1, y1: r.bottom + 1 },
            { x0: r.left - 1, x1: r.left + 1, y0: r.top - 1, y1: r.bottom + 1 },
            { x0: r.right - 1, x1: r.right + 1, y0: r.top - 1, y1: r.bottom + 1 },
          ];
          for (const text of svg.querySelectorAll('text')) {
            const t = text.getBoundingClientRect();
            for (const e of edges) {
              const crosses = e.x0 < t.right && e.x1 > t.left && e.y0 < t.bottom && e.y1 > t.top;
              expect(crosses, `ring of ${mark.getAttribute('data-id')} crosses "${text.textContent}"`).to.equal(false);
            }
          }
          // And stays inside the element, in its padding.
          expect(r.left).to.be.at.least(host.left);
          expect(r.right).to.be.at.most(host.right);
        }
      });
    }
  }
});
