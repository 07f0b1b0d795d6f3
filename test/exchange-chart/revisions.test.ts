import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ExchangeChart } from '../../src/exchange-chart/exchange-chart.js';
import type { Dataset } from '../../src/data/schema.js';
import { refreshTimers } from '../../src/internal/data-controller.js';
import { fastRefresh } from '../helpers/clock.js';
import { clone, drawnAt, sequenceSrc, validDataset } from '../helpers/fixtures.js';
import { until } from '../helpers/until.js';
import { axTree, hearLiveRegion } from '../helpers/ax.js';

// A figure that changed says so where it is drawn ("Updated Oct 16, 2025"), and shows how, on
// request: in its tooltip, the "Show data" table and its CSV, the footer's line of updates, and
// to screen readers in the same words. A refresh that changes a figure is recorded the same way.


/** The fixture with the remains figure's history: 4 of 28 on 13 Oct, 7 of 28 on 14 Oct (corrected), now 9 of 28 on 16 Oct. */
function withHistory(): Dataset {
  const data = validDataset();
  data.showUpdates = true;
  data.figures[1] = {
    ...data.figures[1],
    value: 9,
    revisions: [
      { date: '2025-10-13', value: 4, total: 28, qualifier: 'exact', sources: ['a'] },
      { date: '2025-10-14', value: 7, total: 28, qualifier: 'exact', sources: ['b'], note: 'corrected' },
    ],
  };
  return data;
}

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function openTooltip(el: ExchangeChart, index: number): Promise<string> {
  shadow(el).querySelectorAll<SVGGElement>('svg .mark')[index].focus();
  await el.updateComplete;
  return shadow(el).querySelector('[part="tooltip"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** The CSV the table's download button makes, caught before it leaves the page. */
async function downloadedCsv(el: ExchangeChart): Promise<string> {
  const { createObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:caught');
  HTMLAnchorElement.prototype.click = () => undefined;
  try {
    shadow(el).querySelector<HTMLButtonElement>('.download')!.click();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return (await blob!.text()).replace(/^\ufeff/, '');
}

describe('<exchange-chart> with revised figures', () => {
  for (const view of ['bars', 'units', 'progress'] as const) {
    it(`${view}: marks a figure that changed "Updated <date>", and only that one`, async () => {
      const el = await drawnAt('exchange-chart', 600, { view }, withHistory());
      expect(text(el, '[part~="note"].note-updated')).to.deep.equal(['Updated Oct 16, 2025']);
      const mark = shadow(el).querySelector('.mark[data-id="remains"]')!;
      expect(mark.querySelector('.note-updated'), 'under the figure it is about').to.not.equal(null);
    });
  }

  it('tooltip: the history, oldest first, with each value as worded and its date', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' }, withHistory());
    const tip = await openTooltip(el, 1);
    expect(tip).to.contain('Updated Oct 16, 2025: 4 of 28 on Oct 13, 2025 → 7 of 28 on Oct 14, 2025 (corrected) → 9 of 28 on Oct 16, 2025');
    expect(await openTooltip(el, 0), 'a figure that never changed has no history').not.to.contain('Updated');
  });

  it('tooltip: a long history keeps its first state and its last three', async () => {
    const data = withHistory();
    data.figures[1].revisions = ['08', '09', '10', '11', '12'].map((day, i) => ({ date: `2025-10-${day}`, value: i + 1, total: 28, qualifier: 'exact' as const, sources: ['a'] }));
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' }, data);
    const tip = await openTooltip(el, 1);
    expect(tip).to.contain('1 of 28 on Oct 8, 2025 → … → 4 of 28 on Oct 11, 2025 → 5 of 28 on Oct 12, 2025 → 9 of 28 on Oct 16, 2025');
  });

  it('the same words reach screen readers: the mark is described by its update and history', async () => {
    await drawnAt('exchange-chart', 600, { view: 'bars' }, withHistory());
    const mark = (await axTree()).find((n) => n.role === 'graphics-symbol' && n.name.startsWith('Remains returned'))!;
    expect(mark.name).to.equal('Remains returned: 9 of 28');
    expect(mark.description).to.contain('Updated Oct 16, 2025. 4 of 28 on Oct 13, 2025 → 7 of 28 on Oct 14, 2025 (corrected) → 9 of 28 on Oct 16, 2025.');
  });

  it('"Show data": a History column with every state, and the same in the CSV', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' }, withHistory());
    shadow(el).querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    expect(text(el, 'thead th').at(-1)).to.equal('History');
    const remains = [...shadow(el).querySelectorAll('tbody tr')][1];
    const history = '4 of 28 on Oct 13, 2025 → 7 of 28 on Oct 14, 2025 (corrected) → 9 of 28 on Oct 16, 2025';
    expect(remains.lastElementChild!.textContent!.trim()).to.equal(history);
    const csv = await downloadedCsv(el);
    expect(csv.split('\r\n')[0]).to.match(/,History$/);
    expect(csv).to.contain(`,"${history}"\r\n`);
  });

  it('without revisions, the table has no History column (old datasets look as before)', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' });
    shadow(el).querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    expect(text(el, 'thead th')).not.to.include('History');
    expect(shadow(el).querySelector('[part~="note"]')).to.equal(null);
  });

  it('footer: one line of updates when the dataset asks for it, and only of figures drawn', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' }, withHistory());
    expect(text(el, '[part="updates"]')).to.deep.equal(['Updates: Remains returned: 7 of 28 on Oct 14, 2025 (corrected) → 9 of 28 on Oct 16, 2025']);
    const quiet = clone(withHistory());
    delete quiet.showUpdates;
    el.data = quiet;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="updates"]')).to.equal(null);
    el.data = withHistory();
    el.series = 'living,detainees';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="updates"]'), 'the remains are not drawn').to.equal(null);
  });

  it('the footer cites the sources of earlier states too: nothing shown lacks its source', async () => {
    const data = withHistory();
    data.figures[1].sources = ['a'];
    data.figures[0].sources = ['a'];
    data.figures[2].sources = ['a'];
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' }, data);
    expect(text(el, '[part="sources"]')[0]).to.contain('Source B');
  });

  it('in Arabic: the mark, tooltip, table and footer in Arabic words, the arrow pointing the reader’s way', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars', locale: 'ar' }, withHistory());
    const updated = text(el, '.note-updated')[0];
    expect(updated).to.match(/^حُدِّث في /);
    const tip = await openTooltip(el, 1);
    expect(tip).to.contain('4 من أصل 28 في');
    expect(tip).to.contain(' ← ');
    expect(tip).not.to.contain('→');
    expect(text(el, '[part="updates"]')[0]).to.match(/^التحديثات:/);
    shadow(el).querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    expect(text(el, 'thead th').at(-1)).to.equal('السجل');
    const mark = (await axTree()).find((n) => n.role === 'graphics-symbol' && n.name.includes('9 من أصل 28'))!;
    expect(mark.description).to.contain(updated);
    expect(mark.description).to.contain('7 من أصل 28 في');
  });
});

describe('<exchange-chart> annotations', () => {
  function annotated(): Dataset {
    const data = validDataset();
    data.events = [
      { date: '2025-10-13', figure: 'remains', value: 4, cumulative: 4, sources: ['a'] },
      { date: '2025-10-14', figure: 'remains', value: 3, cumulative: 7, sources: ['b'] },
      { date: '2025-10-16', figure: 'remains', value: 0, cumulative: 7, sources: ['a'] },
    ];
    data.annotations = [
      { date: '2025-10-15', text: 'Ceasefire takes effect', sources: ['a'] },
      { date: '2025-10-14', text: 'Four coffins handed over', figures: ['remains'], sources: ['b'] },
      { text: 'Counted differently by another source', figures: ['detainees'] },
    ];
    return data;
  }

  it('timeline: dated notes drawn as labelled rules, heard in date order with their dates', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'timeline' }, annotated());
    const notes = [...shadow(el).querySelectorAll('[part="annotation"]')];
    expect(notes.map((n) => n.textContent!.trim())).to.deep.equal(['Four coffins handed over', 'Ceasefire takes effect']);
    for (const n of notes) expect(n.querySelector('line.annotation-rule')).to.not.equal(null);
    const heard = (await axTree()).filter((n) => n.role === 'note').map((n) => n.name);
    expect(heard).to.deep.equal(['October 14, 2025: Four coffins handed over', 'October 15, 2025: Ceasefire takes effect']);
  });

  it('bars: a note pinned to a figure is drawn under its mark and read with it', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' }, annotated());
    const pinned = shadow(el).querySelectorAll('.mark .note-pinned');
    expect([...pinned].map((n) => [n.closest('.mark')!.getAttribute('data-id'), n.textContent])).to.deep.equal([
      ['remains', '\u2068Oct 14, 2025\u2069: Four coffins handed over'],
      ['detainees', 'Counted differently by another source'],
    ]);
    const mark = (await axTree()).find((n) => n.role === 'graphics-symbol' && n.name.startsWith('Detainees'))!;
    expect(mark.description).to.contain('Counted differently by another source.');
  });

  it('in Arabic, the dated note is heard with its Arabic date', async () => {
    await drawnAt('exchange-chart', 600, { view: 'timeline', locale: 'ar' }, annotated());
    const heard = (await axTree()).filter((n) => n.role === 'note').map((n) => n.name);
    expect(heard).to.have.length(2);
    expect(heard[0]).to.match(/أكتوبر 2025: Four coffins handed over$/);
  });
});

describe('<exchange-chart> live refresh of a changed figure', () => {
  const seq = (bodies: unknown[]) => sequenceSrc('live', bodies);
  afterEach(() => document.querySelectorAll('exchange-chart').forEach((el) => el.remove()));

  it('records the change as a revision with the time it was seen, marks it, and announces it once', async () => {
    const clock = fastRefresh(1000);
    const { now } = refreshTimers;
    // 29 January 2026, 14:32 UTC, as the time the change is seen.
    refreshTimers.now = () => Date.UTC(2026, 0, 29, 14, 32);
    try {
      const a = validDataset();
      const b = validDataset();
      b.figures[1].value = 9;
      const el = document.createElement('exchange-chart') as ExchangeChart;
      el.setAttribute('loading', 'eager');
      el.setAttribute('refresh', '15');
      el.setAttribute('locale', 'en-GB');
      el.src = seq([a, b]);
      document.body.append(el);
      // Each new text of the live region, from the start.
      const { heard, stop } = hearLiveRegion(el);
      await until(() => shadow(el).querySelector('.note-updated'), 'the updated mark');
      await el.updateComplete;
      const stamp = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(Date.UTC(2026, 0, 29, 14, 32));
      expect(text(el, '.note-updated')).to.deep.equal([`Updated ${stamp}`]);
      expect(await openTooltip(el, 1)).to.contain(`7 of 28 on 16 Oct 2025 → 9 of 28, seen ${stamp}`);
      // Further refreshes bring the same data: nothing new is recorded or said.
      await until(() => clock.delays.length >= 3, 'two more refreshes');
      await el.updateComplete;
      expect(heard.filter(Boolean)).to.deep.equal(['Remains returned: now 9 of 28']);
      expect(text(el, '.note-updated')).to.have.length(1);
      stop();
    } finally {
      refreshTimers.now = now;
      clock.stop();
    }
  });

  it('a new dataset set by a script is not a refresh: no history is made up', async () => {
    const el = await drawnAt('exchange-chart', 600, { view: 'bars' });
    const b = validDataset();
    b.figures[1].value = 9;
    el.data = b;
    await el.updateComplete;
    expect(shadow(el).querySelector('.note-updated')).to.equal(null);
  });
});
