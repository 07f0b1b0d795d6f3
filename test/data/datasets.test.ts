import { expect } from '@open-wc/testing';
import { formatQuantity } from '../../src/data/format.js';
import type { Dataset } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';

// The shipped datasets against ../shared/FACTS.md: every key figure, qualifier, date and source.

async function load(name: string): Promise<Dataset> {
  const response = await fetch(`/data/${name}`);
  expect(response.ok, name).to.equal(true);
  const result = validateDataset(await response.json());
  expect(result.errors, name).to.deep.equal([]);
  expect(result.warnings, name).to.deep.equal([]);
  return result.dataset!;
}

describe('data/gaza-exchange-2025-10-16.json (dataset 1, the default)', () => {
  let data: Dataset;
  before(async () => (data = await load('gaza-exchange-2025-10-16.json')));

  it('is a snapshot as of 2025-10-16 from the article of that date', () => {
    expect(data.asOf).to.equal('2025-10-16');
    expect(data.sources.map((s) => s.date)).to.deep.equal(['2025-10-16', '2025-10-15']);
  });

  it('has 20 living captives released, exact', () => {
    const f = data.figures.find((x) => x.id === 'living-captives-released')!;
    expect([f.value, f.qualifier, f.total, f.asOf]).to.deep.equal([20, 'exact', undefined, '2025-10-16']);
  });

  it('has the remains of 7 of 28 deceased captives returned, exact', () => {
    const f = data.figures.find((x) => x.id === 'remains-returned')!;
    expect([f.value, f.total, f.qualifier]).to.deep.equal([7, 28, 'exact']);
    expect(formatQuantity(f, 'en')).to.equal('7 of 28');
  });

  it('has nearly 2,000 Palestinian detainees released, never an exact 2,000', () => {
    const f = data.figures.find((x) => x.id === 'detainees-released')!;
    expect([f.value, f.qualifier, f.approximation]).to.deep.equal([2000, 'approximate', 'nearly']);
    expect(formatQuantity(f, 'en')).to.equal('nearly 2,000');
  });

  it('names the six contributors with their statuses, and says the list is incomplete', () => {
    const c = data.contributors!;
    expect(c.complete).to.equal(false);
    expect(c.countries.map((x) => `${x.country}:${x.status}`)).to.deep.equal([
      'IDN:in-talks',
      'ARE:in-talks',
      'EGY:in-talks',
      'QAT:in-talks',
      'AZE:in-talks',
      'USA:supporting',
    ]);
    const usa = c.countries.find((x) => x.country === 'USA')!;
    // The unit is translated like a label: "up to 200 troops", "ما يصل إلى 200 جندي".
    expect(usa.figure).to.deep.include({ value: 200, qualifier: 'up-to' });
    expect(usa.figure!.unit).to.deep.include({ en: 'troops', ar: 'جندي', he: 'חיילים' });
    expect(usa.note).to.contain('without deploying them in Gaza');
  });

  it('focuses on the Gaza Strip at about 31.42° N, 34.37° E', () => {
    expect(data.focus).to.deep.equal([{ name: 'Gaza Strip', longitude: 34.37, latitude: 31.42 }]);
  });

  it('uses neutral labels', () => {
    const labels = data.figures.map((f) => f.label);
    expect(labels).to.deep.equal(['Living captives released', 'Remains of deceased captives returned', 'Palestinian detainees released']);
  });
});

describe('data/gaza-remains-timeline.json (dataset 2)', () => {
  let data: Dataset;
  before(async () => (data = await load('gaza-remains-timeline.json')));

  const FACTS: [string, number, number, string[]][] = [
    ['2025-10-13', 4, 4, ['New Indian Express']],
    ['2025-10-14', 3, 7, ['Creston Times', 'Antena 3']],
    ['2025-10-15', 2, 9, ['The Independent']],
    ['2025-10-17', 1, 10, ['NZ Herald', 'The Independent']],
    ['2025-10-18', 2, 12, ['Egypt Independent (CNN)']],
    ['2025-10-20', 1, 13, ['LBC Group']],
    ['2025-10-21', 2, 15, ['News Ghana']],
    ['2025-10-30', 2, 17, ['Times Union']],
    ['2025-11-02', 3, 20, ['AP (via Editorji)']],
    ['2025-11-04', 1, 21, ['The Media Line']],
    ['2025-11-05', 1, 22, ['Arab News']],
    ['2025-11-07', 1, 23, ['Capital Post']],
    ['2025-11-09', 1, 24, ['Asharq Al-Awsat']],
    ['2025-11-13', 1, 25, ['AP (via JoongAng Daily)']],
    ['2025-11-25', 1, 26, ['CNN (via KRDO)']],
    ['2025-12-03', 1, 27, ['La Presse']],
    ['2026-01-26', 1, 28, ['South China Morning Post']],
  ];

  it('has every reported handover of remains, with its running total out of 28 and who reported it', () => {
    const name = (id: string) => data.sources.find((s) => s.id === id)!.name;
    const remains = data.events!.filter((e) => e.figure === 'remains-returned');
    expect(remains.map((e) => [e.date, e.value, e.cumulative, e.sources.map(name)])).to.deep.equal(FACTS);
    const figure = data.figures.find((f) => f.id === 'remains-returned')!;
    expect([figure.value, figure.total, figure.qualifier]).to.deep.equal([28, 28, 'exact']);
  });

  it('notes the coffin that held no captive and the remains recovered rather than handed over', () => {
    const byDate = (d: string) => data.events!.find((e) => e.date === d && e.figure === 'remains-returned')!;
    expect(byDate('2025-10-14').note).to.contain('not those of a captive');
    expect(byDate('2026-01-26').note).to.contain('Recovered by Israeli forces, not handed over');
  });

  it('has the other dated figures: 20 living captives, 1,968 released, 360 bodies returned by 2026-01-29', () => {
    const f = (id: string) => data.figures.find((x) => x.id === id)!;
    expect([f('living-captives-released').value, f('living-captives-released').asOf]).to.deep.equal([20, '2025-10-13']);
    expect([f('prisoners-detainees-released').value, f('prisoners-detainees-released').qualifier]).to.deep.equal([1968, 'exact']);
    expect([f('palestinian-bodies-returned').value, f('palestinian-bodies-returned').asOf]).to.deep.equal([360, '2026-01-29']);
    expect(data.events!.some((e) => e.figure === 'palestinian-bodies-returned'), 'no unverified per-date breakdown').to.equal(false);
  });
});

describe('data/gaza-exchange-updates.json (dataset 3: revisions and annotations)', () => {
  let data: Dataset;
  let timeline: Dataset;
  before(async () => {
    data = await load('gaza-exchange-updates.json');
    timeline = await load('gaza-remains-timeline.json');
  });
  const f = (id: string) => data.figures.find((x) => x.id === id)!;
  const names = (d: Dataset, ids: string[]) => ids.map((id) => d.sources.find((s) => s.id === id)!.name);

  it('has the remains figure as reported day by day: each running total out of 28, its date and who reported it, now 28 of 28', () => {
    const remains = f('remains-returned');
    expect([remains.value, remains.total, remains.qualifier, remains.asOf]).to.deep.equal([28, 28, 'exact', '2026-01-26']);
    expect(names(data, remains.sources)).to.deep.equal(['South China Morning Post']);
    // The same reports as dataset 2's handovers (FACTS.md, dataset 2), the last one being the figure itself.
    const reported = timeline.events!.filter((e) => e.figure === 'remains-returned');
    const states = [...remains.revisions!, { date: remains.asOf, value: remains.value, total: remains.total, qualifier: remains.qualifier, sources: remains.sources }];
    expect(states.map((r) => [r.date, r.value, r.total, r.qualifier, names(data, r.sources)])).to.deep.equal(
      reported.map((e) => [e.date, e.cumulative, 28, 'exact', names(timeline, e.sources)]),
    );
  });

  it('has the detainee figures of the two sources, each with its own qualifier, date and source', () => {
    const article = f('detainees-released');
    expect([article.value, article.qualifier, article.approximation, article.asOf, names(data, article.sources)]).to.deep.equal([2000, 'approximate', 'nearly', '2025-10-16', ['News article, "By Staff, Agencies"']]);
    const ips = f('prisoners-detainees-released');
    expect([ips.value, ips.qualifier, ips.asOf, names(data, ips.sources)]).to.deep.equal([1968, 'exact', '2025-10-13', ['Mint']]);
    expect(ips.label).to.contain('Israel Prison Service');
  });

  it('has the living captives released, 20 on 2025-10-13 (7, then 13)', () => {
    const living = f('living-captives-released');
    expect([living.value, living.qualifier, living.asOf]).to.deep.equal([20, 'exact', '2025-10-13']);
    const note = data.annotations!.find((a) => a.figures?.includes('living-captives-released'))!;
    expect([note.date, note.text]).to.deep.equal(['2025-10-13', 'Released in two groups on the same day: 7, then 13']);
  });

  it('annotates what FACTS.md says of the reporting, each note sourced, and lists the updates', () => {
    expect(data.showUpdates).to.equal(true);
    const byDate = (d: string) => data.annotations!.find((a) => a.date === d && a.figures?.includes('remains-returned'))!;
    expect(byDate('2025-10-14').text).to.contain('not those of a captive');
    expect(names(data, byDate('2025-10-14').sources!)).to.deep.equal(['Creston Times', 'Antena 3']);
    expect(byDate('2026-01-26').text).to.contain('recovered by Israeli forces, not handed over');
    const detainees = data.annotations!.find((a) => a.figures?.includes('detainees-released'))!;
    expect(detainees.text).to.contain('1,968');
    expect(names(data, detainees.sources!)).to.deep.equal(['Mint']);
    for (const a of data.annotations!) expect(a.sources?.length, String(a.text)).to.be.greaterThan(0);
  });

  it('uses neutral labels, and nothing FACTS.md says not to ship', () => {
    expect(data.figures.map((x) => x.label)).to.deep.equal([
      'Living captives released',
      'Remains of deceased captives returned',
      'Palestinian detainees released',
      'Palestinian prisoners and detainees released (Israel Prison Service)',
    ]);
    expect(data.contributors, 'no troop commitments').to.equal(undefined);
  });
});
