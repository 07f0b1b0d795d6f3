import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/exchange-chart/exchange-chart.js';
import { ExchangeChart, groupBySide, selectFigures } from '../../src/exchange-chart/exchange-chart.js';
import type { Dataset } from '../../src/data/schema.js';
import { VIEWS as REGISTRY } from '../../src/exchange-chart/registry.js';
import { clone, drawnAt, frame, validDataset } from '../helpers/fixtures.js';
import { until } from '../helpers/until.js';

const VIEWS = ['bars', 'units', 'progress', 'timeline'] as const;

const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg [role="graphics-symbol"]')];
const names = (el: Element) => marks(el).map((m) => m.getAttribute('aria-label'));

/** A chart in a container of the given width, drawn at that width. */
function chartAt(width: number, attributes: Record<string, string>, data: unknown = validDataset()): Promise<ExchangeChart> {
  return drawnAt('exchange-chart', width, attributes, data);
}

/** A dataset whose remains were returned on many dates, for the timeline. */
function timelineData(): Dataset {
  const data = validDataset();
  data.events = ['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-17', '2025-10-30'].map((date, i) => ({
    date,
    figure: 'remains',
    value: [4, 3, 2, 1, 2][i],
    sources: ['a'],
  }));
  return data;
}

describe('<exchange-chart>', () => {
  it('is defined by importing its module, and typed in HTMLElementTagNameMap', () => {
    const el: ExchangeChart = document.createElement('exchange-chart');
    expect(el).to.be.instanceOf(ExchangeChart);
    expect(el.view).to.equal('bars');
    expect(el.theme).to.equal('light');
  });

  it('shows the title, subtitle and each figure as a named mark with its qualifier', async () => {
    const data = { ...validDataset(), subtitle: 'Sub' };
    const el = await fixture<ExchangeChart>(html`<exchange-chart .data=${data}></exchange-chart>`);
    expect(texts(el, '[part="title"]')).to.deep.equal(['Exchange']);
    expect(texts(el, '[part="subtitle"]')).to.deep.equal(['Sub']);
    expect(texts(el, '[part="value"]')).to.deep.equal(['20', '7 of 28', 'nearly 2,000']);
    expect(names(el)).to.deep.equal(['Living captives released: 20', 'Remains returned: 7 of 28', 'Detainees released: nearly 2,000']);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect([svg.getAttribute('role'), svg.getAttribute('aria-labelledby')]).to.deep.equal(['graphics-document', 'summary']);
  });

  it('bars: draws the total as a track behind 7 of 28, and fades the end of nearly 2,000', async () => {
    const el = await chartAt(600, { view: 'bars' });
    const [living, remains, detainees] = marks(el);
    expect(living.querySelector('.track')).to.equal(null);
    const track = remains.querySelector('.track')!;
    const bar = remains.querySelector('.bar')!;
    expect(Number(track.getAttribute('width'))).to.be.closeTo(4 * Number(bar.getAttribute('width')), 0.05);
    expect(detainees.querySelector('.bar-faded')).to.not.equal(null);
    expect(living.querySelector('.bar-faded')).to.equal(null);
  });

  it('groups figures by side of the exchange, with the sides’ labels, in the sides’ colours', async () => {
    const el = await fixture<ExchangeChart>(html`<exchange-chart .data=${validDataset()}></exchange-chart>`);
    expect(texts(el, '[part="group-label"]')).to.deep.equal(['Side one', 'Side two']);
    expect(marks(el).map((m) => m.classList.contains('side-2'))).to.deep.equal([false, false, true]);
    expect(groupBySide(validDataset(), validDataset().figures).map((g) => g.figures.length)).to.deep.equal([2, 1]);
  });

  it('shows only the figures `series` names, in its order within each side', async () => {
    const el = await fixture<ExchangeChart>(html`<exchange-chart series="remains, living" .data=${validDataset()}></exchange-chart>`);
    expect(names(el)).to.deep.equal(['Remains returned: 7 of 28', 'Living captives released: 20']);
    expect(selectFigures(validDataset(), '').map((f) => f.id)).to.deep.equal(['living', 'remains', 'detainees']);
  });

  it('units: one pattern-filled rectangle per run, a handful of nodes even at 20,000 people', async () => {
    const data = validDataset();
    data.figures[2].value = 20_000;
    const el = await chartAt(320, { view: 'units' }, data);
    const block = marks(el)[2];
    const runs = block.querySelectorAll('.run');
    expect(runs.length).to.be.within(2, 7);
    expect(el.shadowRoot!.querySelectorAll('rect').length).to.be.below(60);
    expect(runs[0].getAttribute('fill')).to.match(/^url\(#unit-2-filled\)$/);
    expect([...runs].some((r) => r.classList.contains('run-faded'))).to.equal(true);
    expect(texts(el, '[part="key"] .key-entry')[0]).to.equal('Each square is one person');
  });

  it('progress: a row of 28 marks with 7 filled; says so when no figure has a total', async () => {
    const el = await chartAt(600, { view: 'progress' });
    expect(names(el)).to.deep.equal(['Remains returned: 7 of 28']);
    expect(marks(el)[0].querySelectorAll('.cell-filled').length).to.equal(7);
    expect(marks(el)[0].querySelectorAll('.cell-track').length).to.equal(21);
    el.series = 'living';
    await el.updateComplete;
    expect(texts(el, '.empty')).to.deep.equal(['None of these figures is part of a known total.']);
  });

  it('timeline: running totals as a step line with a dated point per event and the total as a line', async () => {
    const el = await chartAt(600, { view: 'timeline' }, timelineData());
    expect(names(el)).to.deep.equal([
      'Remains returned, October 13, 2025: 4 of 28',
      'Remains returned, October 14, 2025: 7 of 28',
      'Remains returned, October 15, 2025: 9 of 28',
      'Remains returned, October 17, 2025: 10 of 28',
      'Remains returned, October 30, 2025: 12 of 28',
    ]);
    expect(el.shadowRoot!.querySelector('.line')!.getAttribute('d')).to.match(/^M/);
    expect(texts(el, '.reference-label')).to.deep.equal(['Total: 28']);
    expect(el.shadowRoot!.querySelector('.reference')!.closest('[aria-hidden="true"]')).to.not.equal(null);
  });

  /** 100,000 events, an hour apart, of the figure "living". */
  const manyEvents = (): Dataset => {
    const data = validDataset();
    data.events = Array.from({ length: 100_000 }, (_, i) => ({
      date: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 10),
      figure: 'living',
      value: 1,
      sources: ['a'],
    }));
    return data;
  };

  it('timeline: at 100,000 events draws the line and one movable point, not 100,000 circles', async () => {
    const el = await chartAt(600, { view: 'timeline', series: 'living' }, manyEvents());
    expect(el.shadowRoot!.querySelectorAll('circle').length).to.be.at.most(2);
    expect(marks(el).length).to.equal(1);
    marks(el)[0].focus();
    marks(el)[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(names(el)[0]).to.match(/^Living captives released, .*2011: 100,000$/);
  });

  /** Notes each timeline layout: whether an update (render and commit) was running it, its steps and dataset. */
  const watchLayouts = () => {
    const proto = ExchangeChart.prototype as unknown as { update(changed: unknown): void };
    const { update } = proto;
    const { layoutSteps } = REGISTRY.timeline;
    let updating = false;
    const layouts: { inUpdate: boolean; steps: number; dataset: Dataset }[] = [];
    proto.update = function (this: ExchangeChart, changed: unknown) {
      updating = true;
      try {
        update.call(this, changed);
      } finally {
        updating = false;
      }
    };
    REGISTRY.timeline.layoutSteps = function* (input) {
      const layout = { inUpdate: updating, steps: 0, dataset: input.dataset };
      layouts.push(layout);
      const steps = layoutSteps!(input);
      for (let step = steps.next(); ; step = steps.next(), layout.steps++) if (step.done) return step.value;
    };
    return {
      // (This element's: another test's chart may still be drawn.)
      of: (el: ExchangeChart) => layouts.filter((l) => l.dataset === el.currentDataset),
      restore: () => {
        proto.update = update;
        REGISTRY.timeline.layoutSteps = layoutSteps;
      },
    };
  };

  it('timeline: lays 100,000 events out in steps before the update that draws them, not in it', async () => {
    const data = manyEvents();
    const layouts = watchLayouts();
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 520px"></div>`);
      const el = document.createElement('exchange-chart');
      el.setAttribute('view', 'timeline');
      el.setAttribute('series', 'living');
      box.append(el);
      await el.updateComplete;
      await frame();
      const loaded = new Promise((resolve) => el.addEventListener('exchange-load', resolve, { once: true }));
      el.data = data;
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.line')!.getAttribute('d')).to.match(/^M/);
      expect(marks(el).length).to.equal(1);
      const mine = layouts.of(el);
      expect(mine.map((l) => l.inUpdate)).to.deep.equal([false]);
      // Paused after the counts' range and after the path (the figure has no total to label).
      expect(mine[0].steps).to.equal(2);
    } finally {
      layouts.restore();
    }
  });

  it('timeline: 100,000 events given far below the view are laid out in steps as it comes near, not in the update that draws them', async () => {
    const data = manyEvents();
    const layouts = watchLayouts();
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 520px"><div style="height: 6000px"></div></div>`);
      const el = document.createElement('exchange-chart');
      el.setAttribute('view', 'timeline');
      el.setAttribute('series', 'living');
      box.append(el);
      await el.updateComplete;
      const loaded = new Promise((resolve) => el.addEventListener('exchange-load', resolve, { once: true }));
      el.data = data;
      await loaded;
      await el.updateComplete;
      expect(el.near, 'far below the view').to.equal(false);
      expect(el.shadowRoot!.querySelector('.line'), 'not drawn while far').to.equal(null);
      expect(layouts.of(el), 'not laid out while far').to.deep.equal([]);
      el.scrollIntoView();
      await until(() => el.shadowRoot!.querySelector('.line'));
      await el.updateComplete;
      expect(layouts.of(el).map((l) => l.inUpdate)).to.deep.equal([false]);
    } finally {
      layouts.restore();
      window.scrollTo(0, 0);
    }
  });

  it('speaks the `locale`, else the page’s lang, and mirrors right-to-left languages', async () => {
    const data = { ...validDataset(), title: { en: 'Exchange', ar: 'التبادل' } };
    const wrapper = document.createElement('div');
    wrapper.lang = 'ar';
    wrapper.style.width = '600px';
    const chart = document.createElement('exchange-chart');
    chart.data = data;
    wrapper.append(chart);
    document.body.append(wrapper);
    await chart.updateComplete;
    await frame();
    const base = chart.shadowRoot!.querySelector('[part="base"]')!;
    expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(texts(chart, '[part="title"]')).to.deep.equal(['التبادل']);
    expect(texts(chart, '[part="value"]')[1]).to.contain('من أصل');
    // Bars grow from the right edge.
    const bar = chart.shadowRoot!.querySelector('.bar')!;
    expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))).to.be.closeTo(chart.drawWidth, 0.01);
    chart.locale = 'fr';
    await chart.updateComplete;
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect(texts(chart, '[part="value"]')[2].replace(/[\u00a0\u202f]/g, ' ')).to.equal('près de 2 000');
    expect(Number(chart.shadowRoot!.querySelector('.bar')!.getAttribute('x'))).to.equal(0);
    wrapper.remove();
  });

  it('runs the timeline right to left in Arabic, and left to right with time-direction="ltr"', async () => {
    const firstLast = (el: ExchangeChart) => {
      const dots = [...el.shadowRoot!.querySelectorAll('.dot')].map((d) => Number(d.getAttribute('cx')));
      return dots[0] < dots[dots.length - 1];
    };
    expect(firstLast(await chartAt(600, { view: 'timeline', locale: 'ar' }, timelineData()))).to.equal(false);
    expect(firstLast(await chartAt(600, { view: 'timeline', locale: 'ar', 'time-direction': 'ltr' }, timelineData()))).to.equal(true);
    expect(firstLast(await chartAt(600, { view: 'timeline', locale: 'he' }, timelineData()))).to.equal(false);
  });

  it('redraws to its own width, and its height follows from width and data alone', async () => {
    const el = await chartAt(1000, { view: 'bars' });
    const svg = () => el.shadowRoot!.querySelector('svg')!;
    // Its width inside the padding, 0.75rem a side.
    expect(svg().getAttribute('width')).to.equal('976');
    const wide = svg().getAttribute('height');
    el.parentElement!.style.width = '280px';
    await frame();
    await el.updateComplete;
    expect(svg().getAttribute('width')).to.equal('256');
    const again = await chartAt(280, { view: 'bars' });
    expect(again.shadowRoot!.querySelector('svg')!.getAttribute('height')).to.equal(svg().getAttribute('height'));
    expect(Number(svg().getAttribute('height'))).to.be.at.least(Number(wide));
  });

  for (const view of VIEWS) {
    for (const width of [280, 1400]) {
      for (const locale of ['en', 'ar']) {
        it(`${view} at ${width} px (${locale}): no two labels overlap, and every label lies inside the element`, async () => {
          const data = view === 'timeline' ? timelineData() : validDataset();
          data.figures[2].label = 'Palestinian prisoners and detainees released (Israel Prison Service)';
          const el = await chartAt(width, { view, locale }, data);
          const host = el.getBoundingClientRect();
          const boxes = [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
          expect(boxes.length).to.be.greaterThan(2);
          for (const [i, a] of boxes.entries()) {
            expect(a.r.left, `${a.text} left`).to.be.at.least(host.left - 0.5);
            expect(a.r.right, `${a.text} right`).to.be.at.most(host.right + 0.5);
            for (const b of boxes.slice(i + 1)) {
              const overlap = a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5;
              expect(overlap, `"${a.text}" overlaps "${b.text}"`).to.equal(false);
            }
          }
        });
      }
    }
  }

  it('has one tab stop; arrow keys move between marks, the tooltip follows focus, Escape closes it', async () => {
    const el = await chartAt(600, { view: 'bars' });
    expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    marks(el)[0].focus();
    await el.updateComplete;
    const tip = () => el.shadowRoot!.querySelector('[role="tooltip"]');
    expect(tip()!.textContent).to.contain('Living captives released');
    marks(el)[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[1]);
    expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
    expect(tip()!.textContent).to.contain('7 of 28');
    expect(tip()!.textContent).to.contain('Source: Source A');
    marks(el)[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tip()).to.equal(null);
    marks(el)[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[2]);
    expect(tip()!.textContent).to.contain('nearly 2,000');
  });

  it('shows the tooltip on hover and on tap, and hides it when the pointer leaves', async () => {
    const el = await chartAt(600, { view: 'units' });
    const tip = () => el.shadowRoot!.querySelector('[role="tooltip"]');
    marks(el)[2].querySelector('.hit')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'touch' }));
    await el.updateComplete;
    expect(tip()!.textContent).to.contain('Detainees released');
    el.shadowRoot!.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tip()).to.equal(null);
  });

  it('timeline: the pointer anywhere over the plot shows the nearest dated event', async () => {
    const el = await chartAt(600, { view: 'timeline' }, timelineData());
    const area = el.shadowRoot!.querySelector('.hover-area')!;
    const dots = [...el.shadowRoot!.querySelectorAll('.dot')].map((d) => d.getBoundingClientRect());
    const box = area.getBoundingClientRect();
    area.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: dots[4].left + 30, clientY: box.top + 10 }));
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[role="tooltip"]')!;
    expect(tip.textContent).to.contain('12 of 28');
    expect(tip.textContent).to.contain('October 30, 2025');
  });

  it('"Show data" reveals a real table of the figures with qualifiers, totals, sources and dates', async () => {
    const el = await chartAt(600, { view: 'bars' });
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Show data');
    toggle.click();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['Living captives released', 'Side one', '20', '', 'exact', 'Source A', 'Oct 16, 2025'],
      ['Remains returned', 'Side one', '7', '28', 'exact', 'Source A', 'Oct 16, 2025'],
      ['Detainees released', 'Side two', 'nearly 2,000', '', 'approximate', 'Source A; Source B', 'Oct 16, 2025'],
    ]);
    expect(el.shadowRoot!.querySelector('[part="download"]')!.textContent!.trim()).to.equal('Download CSV');
  });

  it('summarises the figures in a sentence, unless the dataset has its own description', async () => {
    const el = await chartAt(600, { view: 'bars' });
    const svg = el.shadowRoot!.querySelector('svg')!;
    const summary = el.shadowRoot!.getElementById(svg.getAttribute('aria-labelledby')!)!;
    // Each figure is isolated (U+2068 … U+2069), marks a screen reader does not speak.
    expect(summary.textContent).to.equal('⁨Living captives released: 20⁩, ⁨Remains returned: 7 of 28⁩, and ⁨Detainees released: nearly 2,000⁩.');
    el.data = { ...validDataset(), description: 'Our own words.' };
    await el.updateComplete;
    expect(summary.textContent).to.equal('Our own words.');
  });

  it('announces a changed figure politely, and moves its mark smoothly', async () => {
    const el = await chartAt(600, { view: 'bars' });
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(region.textContent!.trim()).to.equal('');
    const next = clone(validDataset());
    next.figures[1].value = 9;
    el.data = next;
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Remains returned: now 9 of 28');
    const bar = marks(el)[1].querySelector('.bar')!;
    expect(getComputedStyle(bar).transitionProperty).to.contain('width');
  });

  for (const view of VIEWS) {
    it(`${view}: passes axe in light and dark themes, left to right and right to left`, async () => {
      for (const theme of ['light', 'dark']) {
        for (const locale of ['en', 'ar']) {
          const el = await chartAt(600, { view, theme, locale }, view === 'timeline' ? timelineData() : validDataset());
          await expect(el).to.be.accessible();
        }
      }
    });
  }

  it('passes axe with an error, and with the data table open', async () => {
    const el = await chartAt(600, { view: 'bars' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.data = { title: 'broken' };
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

/** The relative luminance of a computed CSS colour ("rgb(236, 236, 236)"), per WCAG. */
function luminance(color: string): number {
  // rgb(…) in 0–255, or color(srgb …) in 0–1 (what color-mix() computes to).
  const scale = color.startsWith('color(srgb') ? 1 : 255;
  const [r, g, b] = (color.replace('color(srgb', '').match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / scale;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('<exchange-chart> bars and units at the desk', () => {
  const UNIT = 'Palestinian detainees and prisoners held without charge or trials';
  const longUnit = () => {
    const data = validDataset();
    data.figures[2].unit = UNIT;
    return data;
  };
  // Charts far below the viewport wait to be drawn: each new one takes the place of the last.
  let previous: Element | undefined;
  async function drawn(width: number, attributes: Record<string, string>, data?: Dataset): Promise<ExchangeChart> {
    if (previous?.parentElement) previous.parentElement.style.display = 'none';
    const el = await chartAt(width, attributes, data);
    previous = el;
    expect(marks(el).length, `${width} ${JSON.stringify(attributes)}`).to.be.above(0);
    return el;
  }
  type Box = { left: number; right: number; top: number; bottom: number };
  const box = (n: Element): Box => n.getBoundingClientRect();
  const apart = (a: Box, b: Box) => a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;

  /** Texts of the drawing that leave the element or overlap another text: none, when publishable. */
  function textProblems(el: ExchangeChart): string[] {
    const frame = box(el);
    const texts = [...el.shadowRoot!.querySelectorAll('svg text')].filter((t) => t.textContent!.trim());
    const problems: string[] = [];
    texts.forEach((t, i) => {
      const b = box(t);
      // Within a pixel: Chromium places SVG glyphs on rounded positions, so a line measured to
      // end at the edge may end half a pixel past it.
      if (b.left < frame.left - 1 || b.right > frame.right + 1) problems.push(`"${t.textContent}" leaves the element (${b.left - frame.left}…${b.right - frame.left})`);
      for (const other of texts.slice(i + 1)) if (!apart(b, box(other))) problems.push(`"${t.textContent}" overlaps "${other.textContent}"`);
    });
    return problems;
  }

  for (const view of ['bars', 'units']) {
    for (const locale of ['en', 'ar', 'he']) {
      it(`${view} (${locale}): every text inside the element and apart, at 280, 320, 375, 1000 and 1400 px, with a 65-character unit too`, async () => {
        for (const width of [280, 320, 375, 1000, 1400]) {
          for (const data of [validDataset(), longUnit()]) {
            const el = await drawn(width, { view, locale }, data);
            expect(textProblems(el), `${width}`).to.deep.equal([]);
            // The value and its qualifier are all there, whatever the lines they take.
            const value = texts(el, '[part="value"]').join(' ');
            if (data.figures[2].unit) expect(value).to.contain(UNIT);
            if (locale === 'en') expect(value).to.contain('nearly 2,000');
            // Labels are broken between words, never inside one.
            for (const label of marks(el)[2].querySelectorAll('[part="label"]')) expect('Detainees released').to.contain(label.textContent!.trim());
          }
        }
      });
    }
  }

  it('bars: every mark readable at 280 px, 7 of 28 against its total with a note, the others on one scale', async () => {
    for (const width of [280, 320, 1000, 1400]) {
      const el = await drawn(width, { view: 'bars' });
      const [living, remains, detainees] = marks(el);
      const w = (m: Element, sel: string) => [...m.querySelectorAll(sel)].reduce((n, r) => n + r.getBoundingClientRect().width, 0);
      expect(w(living, '.bar'), `${width}`).to.be.at.least(2);
      expect(w(remains, '.track'), `${width}`).to.be.at.least(40);
      expect(w(remains, '.bar') / w(remains, '.track')).to.be.closeTo(0.25, 0.02);
      // 20 and nearly 2,000 in true proportion; 7 of 28 says it has its own scale.
      expect(w(living, '.bar') / w(detainees, '.bar, .bar-faded')).to.be.closeTo(0.01, 0.002);
      expect(texts(el, '[part="scale-note"]')).to.deep.equal(['Own scale: full bar = 28']);
      expect(remains.contains(el.shadowRoot!.querySelector('[part="scale-note"]'))).to.equal(true);
    }
    const ar = await drawn(320, { view: 'bars', locale: 'ar' });
    expect(texts(ar, '[part="scale-note"]')).to.deep.equal(['مقياس خاص: الشريط كله = 28']);
  });

  it('bars and units: the key says what the faded part and the open part are, in the reader’s language', async () => {
    const units = await drawn(600, { view: 'units' });
    expect(texts(units, '.key-entry')).to.deep.equal(['Each square is one person', 'Faded: exact number not known']);
    const bars = await drawn(600, { view: 'bars', locale: 'fr' });
    expect(texts(bars, '.key-entry')).to.deep.equal(['Estompé : nombre exact inconnu']);
    // The faded swatch has the faded marks' colour.
    const swatch = getComputedStyle(bars.shadowRoot!.querySelector('.key-faded .key-swatch')!).backgroundColor;
    expect(swatch).to.equal(getComputedStyle(bars.shadowRoot!.querySelector('.bar-faded')!).fill);
    // Nothing approximate: no key in bars.
    const exact = await drawn(600, { view: 'bars', series: 'living' });
    expect(exact.shadowRoot!.querySelector('[part="key"]')).to.equal(null);
  });

  it('units: exactly 20 and 7 of 28 marks, and 1,900 solid of nearly 2,000, at every width', async () => {
    for (const width of [280, 320, 600, 1000, 1400]) {
      const el = await drawn(width, { view: 'units' });
      const cell = Number(el.shadowRoot!.querySelector('pattern')!.getAttribute('width'));
      const count = (m: Element, kind: string) =>
        [...m.querySelectorAll(`.run-${kind}`)].reduce((n, r) => n + (Number(r.getAttribute('width')) / cell) * (Number(r.getAttribute('height')) / cell), 0);
      const [living, remains, detainees] = marks(el);
      expect([count(living, 'filled'), count(living, 'faded'), count(living, 'track')], `${width}`).to.deep.equal([20, 0, 0]);
      expect([count(remains, 'filled'), count(remains, 'track')], `${width}`).to.deep.equal([7, 21]);
      expect([count(detainees, 'filled'), count(detainees, 'faded')], `${width}`).to.deep.equal([1900, 100]);
    }
  });

  /**
   * The colours the open places of a total and the faded end of an approximate figure are told
   * by (their outline, or their fill when too small for one), and the chart's background.
   */
  function edgeColours(el: ExchangeChart, view: string): { open: string; faded: string; background: string } {
    const colour = (selector: string) => {
      const node = el.shadowRoot!.querySelector(selector)!;
      const style = getComputedStyle(node);
      return node.classList.contains('solid') ? style.fill : style.stroke;
    };
    return {
      open: colour(view === 'units' ? 'pattern .cell-track' : '.track'),
      faded: colour(view === 'units' ? 'pattern .cell-faded' : '.bar-faded'),
      background: getComputedStyle(el).backgroundColor,
    };
  }

  for (const theme of ['light', 'dark']) {
    it(`the open places of a total and the faded end of an approximate figure reach 3:1 against the background (${theme})`, async () => {
      for (const [view, width] of [['units', 280], ['units', 320], ['units', 1000], ['bars', 320]] as const) {
        const el = await drawn(width, { view, theme });
        const { open, faded, background } = edgeColours(el, view);
        expect(contrast(open, background), `open ${view} ${width}: ${open} on ${background}`).to.be.at.least(3);
        expect(contrast(faded, background), `faded ${view} ${width}: ${faded} on ${background}`).to.be.at.least(3);
      }
    });

    it(`squares too small for an outline (nearly 20,000 at 280 px): the faded ones still reach 3:1, and differ from the whole ones (${theme})`, async () => {
      const data = validDataset();
      data.figures[2].value = 20_000;
      const el = await drawn(280, { view: 'units', theme }, data);
      const faded = el.shadowRoot!.querySelector('pattern.side-2 .cell-faded')!;
      expect(faded.classList.contains('solid'), 'squares under 4 px').to.equal(true);
      const fill = getComputedStyle(faded).fill;
      const whole = getComputedStyle(el.shadowRoot!.querySelector('pattern.side-2 .cell-filled')!).fill;
      const background = getComputedStyle(el).backgroundColor;
      expect(contrast(fill, background), `${fill} on ${background}`).to.be.at.least(3);
      expect(contrast(fill, whole), `${fill} beside ${whole}`).to.be.at.least(1.3);
    });
  }

  it('the open places of a total and the faded end of an approximate figure reach 3:1 in forced colours', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const [view, width] of [['units', 320], ['units', 1000], ['bars', 320]] as const) {
        const el = await drawn(width, { view });
        const { open, faded, background } = edgeColours(el, view);
        expect(contrast(open, background), `open ${view} ${width}: ${open} on ${background}`).to.be.at.least(3);
        expect(contrast(faded, background), `faded ${view} ${width}: ${faded} on ${background}`).to.be.at.least(3);
      }
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});
