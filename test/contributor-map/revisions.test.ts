import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ContributorMap } from '../../src/contributor-map/contributor-map.js';
import type { Dataset } from '../../src/data/schema.js';
import { refreshTimers } from '../../src/internal/data-controller.js';
import { fastRefresh } from '../helpers/clock.js';
import { clone, drawnAt, sequenceSrc, validDataset } from '../helpers/fixtures.js';
import { until } from '../helpers/until.js';
import { axTree, hearLiveRegion } from '../helpers/ax.js';
import { bbox, overlap } from '../helpers/boxes.js';

// A country whose status or figure changed says so where the reader meets it: "Updated <date>"
// under its label where there is room (else in the callout key), its history in the tooltip, the
// "Show data" table and its CSV, the footer's line of updates, and to screen readers in the same
// words. A refresh that changes a country is recorded and announced the same way.


/**
 * A test fixture, not a fact (FACTS.md has no change of status): as of 2 November, Indonesia and
 * Qatar confirmed, both in talks on 16 October; the United States unchanged.
 */
function withHistory(): Dataset {
  const data = validDataset();
  data.asOf = '2025-11-02';
  data.showUpdates = true;
  const [idn, usa] = data.contributors!.countries;
  data.contributors!.countries = [
    { ...idn, status: 'confirmed', revisions: [{ date: '2025-10-16', status: 'in-talks', sources: ['a'] }] },
    usa,
    { country: 'QAT', status: 'confirmed', sources: ['b'], revisions: [{ date: '2025-10-16', status: 'in-talks', sources: ['a'], note: 'first report' }] },
  ];
  return data;
}

const IDN_HISTORY = 'In talks on Oct 16, 2025 → Confirmed on Nov 2, 2025';
const QAT_HISTORY = 'In talks on Oct 16, 2025 (first report) → Confirmed on Nov 2, 2025';

const $$ = <T extends Element = Element>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: Element, selector: string) => $$(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function openTooltip(el: ContributorMap, country: string): Promise<string> {
  $$<SVGGElement>(el, `.country[data-country="${country}"]`)[0].focus();
  await el.updateComplete;
  return text(el, '[role="tooltip"]')[0];
}

/** The CSV the table's download button makes, caught before it leaves the page. */
async function downloadedCsv(el: ContributorMap): Promise<string> {
  const { createObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:caught');
  HTMLAnchorElement.prototype.click = () => undefined;
  try {
    $$<HTMLButtonElement>(el, '.download')[0].click();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return (await blob!.text()).replace(/^\ufeff/, '');
}

async function openTable(el: ContributorMap): Promise<void> {
  $$<HTMLButtonElement>(el, '[part="data-toggle"]')[0].click();
  await el.updateComplete;
}


describe('<contributor-map> with revised countries', () => {
  it('writes "Updated <date>" under a changed country’s label where there is room, and under no other', async () => {
    const el = await drawnAt('contributor-map', 1000, {}, withHistory());
    const note = $$(el, '.country-label[data-country="IDN"] .label-note')[0];
    expect(note?.textContent).to.equal('Updated Nov 2, 2025');
    expect($$(el, '.country-label[data-country="USA"] .label-note')).to.have.length(0);
  });

  for (const locale of ['en', 'ar']) {
    for (const width of [280, 320, 1000, 1400]) {
      it(`${locale} at ${width} px: each changed country shows "Updated" on the map or in the key, with nothing over anything`, async () => {
        const el = await drawnAt('contributor-map', width, { locale, region: 'contributors' }, withHistory());
        const updated = locale === 'en' ? 'Updated Nov 2, 2025' : 'حُدِّث في';
        let checked = 0;
        for (const country of $$(el, '.country[data-country]').map((c) => c.getAttribute('data-country')!).filter((c) => c !== 'USA')) {
          const onMap = $$(el, `.country-label[data-country="${country}"] .label-note`)[0]?.textContent ?? '';
          const callout = $$(el, `.callout[data-country="${country}"]`)[0]?.textContent!.trim();
          const keyed = text(el, '.callout-key li').find((li) => callout && li.startsWith(`${callout} `)) ?? '';
          // Where there is room: a label with no room for its note still names the country.
          if (!onMap && !callout) continue;
          expect(onMap || keyed, `${country}: ${onMap} / ${keyed}`).to.contain(updated);
          checked++;
        }
        // Not a loop that skipped every country: at least one says "Updated" where the reader meets it.
        expect(checked, 'countries that show their update').to.be.greaterThan(0);
        const svg = $$<SVGSVGElement>(el, 'svg[role="graphics-document"]')[0];
        const [w, h] = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
        const labels = [...$$(el, '.country-label'), ...$$(el, '.callout-badge')].map(bbox);
        const others = [...$$(el, '.marker'), ...$$(el, '.focus-ring'), ...$$(el, '.focus-label')].map(bbox);
        for (const [i, a] of labels.entries()) {
          expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= w && a.y + a.height <= h, `label ${i} inside the map`).to.equal(true);
          for (const b of [...labels.slice(i + 1), ...others]) expect(overlap(a, b), `${JSON.stringify(a)} and ${JSON.stringify(b)}`).to.equal(false);
        }
      });
    }
  }

  it('keys the note of a country in a callout: "1 Qatar · Updated Nov 2, 2025"', async () => {
    const el = await drawnAt('contributor-map', 320, { region: 'contributors' }, withHistory());
    const callout = $$(el, '.callout[data-country="QAT"]')[0];
    expect(callout, 'Qatar is a callout at 320 px').to.not.equal(undefined);
    expect(text(el, '.callout-key li')).to.include(`${callout.textContent!.trim()} Qatar · Updated Nov 2, 2025`);
  });

  it('tooltip: the history, oldest first, with each status and its date; none for a country that never changed', async () => {
    const el = await drawnAt('contributor-map', 1000, {}, withHistory());
    expect(await openTooltip(el, 'IDN')).to.contain(`Updated Nov 2, 2025: ${IDN_HISTORY}`);
    expect(await openTooltip(el, 'QAT')).to.contain(QAT_HISTORY);
    expect(await openTooltip(el, 'USA')).not.to.contain('Updated');
  });

  it('the same words reach screen readers: the country is described by its update and history', async () => {
    await drawnAt('contributor-map', 1000, {}, withHistory());
    const nodes = await axTree();
    const idn = nodes.find((n) => n.role === 'graphics-symbol' && n.name.startsWith('Indonesia'))!;
    expect(idn.name).to.equal('Indonesia; Confirmed');
    expect(idn.description).to.equal(`Updated Nov 2, 2025. ${IDN_HISTORY}.`);
    const usa = nodes.find((n) => n.role === 'graphics-symbol' && n.name.startsWith('United States'))!;
    expect(usa.description).to.equal('');
  });

  it('"Show data": a History column with every state, and the same in the CSV', async () => {
    const el = await drawnAt('contributor-map', 1000, {}, withHistory());
    await openTable(el);
    expect(text(el, 'thead th').at(-1)).to.equal('History');
    const rows = $$(el, 'tbody tr').map((r) => r.lastElementChild!.textContent!.trim());
    expect(rows).to.deep.equal([IDN_HISTORY, '', QAT_HISTORY]);
    const csv = await downloadedCsv(el);
    expect(csv.split('\r\n')[0]).to.match(/,History$/);
    expect(csv).to.contain(`,"${IDN_HISTORY}"\r\n`);
  });

  it('without revisions: no History column, no note on the map, no description (old datasets look as before)', async () => {
    const el = await drawnAt('contributor-map', 1000, {});
    await openTable(el);
    expect(text(el, 'thead th')).not.to.include('History');
    expect($$(el, '.label-note, .key-updated, .country desc')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="updates"]')).to.equal(null);
  });

  it('footer: one line of updates when the dataset asks for it', async () => {
    const el = await drawnAt('contributor-map', 1000, {}, withHistory());
    expect(text(el, '[part="updates"]')).to.deep.equal([
      `Updates: Indonesia: ${IDN_HISTORY}; Qatar: ${QAT_HISTORY}`,
    ]);
    const quiet = clone(withHistory());
    delete quiet.showUpdates;
    el.data = quiet;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="updates"]')).to.equal(null);
  });

  it('in Arabic: the mark, tooltip, table, footer and description in Arabic words, the arrow pointing the reader’s way', async () => {
    const el = await drawnAt('contributor-map', 1000, { locale: 'ar' }, withHistory());
    expect(text(el, '.country-label[data-country="IDN"] .label-note')[0]).to.match(/^حُدِّث في /);
    const tip = await openTooltip(el, 'IDN');
    expect(tip).to.contain('قيد المحادثات في');
    expect(tip).to.contain(' ← ');
    expect(tip).not.to.contain('→');
    expect(text(el, '[part="updates"]')[0]).to.match(/^التحديثات:/);
    await openTable(el);
    expect(text(el, 'thead th').at(-1)).to.equal('السجل');
    const mark = (await axTree()).find((n) => n.role === 'graphics-symbol' && n.name.startsWith('إندونيسيا'))!;
    // Read from its tooltip while it is open: the same words.
    expect(mark.description).to.contain('حُدِّث في');
    expect(mark.description).to.contain('قيد المحادثات في');
    expect(mark.description).to.contain('مؤكَّد في');
  });
});

describe('<contributor-map> live refresh of a changed country', () => {
  const seq = (bodies: unknown[]) => sequenceSrc('map-live', bodies);
  afterEach(() => document.querySelectorAll('contributor-map').forEach((el) => el.remove()));

  it('records a changed status as a revision with the time it was seen, marks it, and announces it once', async () => {
    const clock = fastRefresh(1000);
    const { now } = refreshTimers;
    refreshTimers.now = () => Date.UTC(2026, 0, 29, 14, 32);
    try {
      const a = validDataset();
      const b = validDataset();
      b.contributors!.countries[0].status = 'confirmed';
      const el = document.createElement('contributor-map') as ContributorMap;
      el.setAttribute('loading', 'eager');
      el.setAttribute('refresh', '15');
      el.setAttribute('locale', 'en-GB');
      el.style.width = '1000px';
      el.src = seq([a, b]);
      document.body.append(el);
      // Each new text of the live region, from the start.
      const { heard, stop } = hearLiveRegion(el);
      await until(() => $$(el, '.country[data-country="IDN"] desc')[0], 'the description of the change');
      await el.updateComplete;
      const stamp = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(Date.UTC(2026, 0, 29, 14, 32));
      expect(await openTooltip(el, 'IDN')).to.contain(`Updated ${stamp}: In talks on 16 Oct 2025 → Confirmed, seen ${stamp}`);
      await until(() => clock.delays.length >= 3, 'two more refreshes');
      await el.updateComplete;
      expect(heard.filter(Boolean)).to.deep.equal(['Indonesia: now Confirmed']);
      expect($$(el, '.country desc')).to.have.length(1);
      stop();
    } finally {
      refreshTimers.now = now;
      clock.stop();
    }
  });

  it('a new dataset set by a script is not a refresh: no history is made up', async () => {
    const el = await drawnAt('contributor-map', 1000, {});
    const b = validDataset();
    b.contributors!.countries[0].status = 'confirmed';
    el.data = b;
    await el.updateComplete;
    expect($$(el, '.country desc, .label-note')).to.have.length(0);
  });
});
