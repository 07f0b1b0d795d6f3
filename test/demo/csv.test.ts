import { expect } from '@open-wc/testing';
import { chartCsv, contributorsCsv, eventsCsv, figuresCsv } from '../../demo/builder/csv.js';
import { validateDataset } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/schema.js';
import { toCsv } from '../../src/internal/data-table.js';
import { clone, validDataset } from '../helpers/fixtures.js';

/** RFC 4180 CSV into rows of cells (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

/** Rows as objects keyed by the header. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

async function shipped(name: string): Promise<Dataset> {
  const { dataset, errors } = validateDataset(await (await fetch(`/data/${name}`)).json());
  expect(errors).to.deep.equal([]);
  return dataset!;
}

describe('embed builder: CSV export', () => {
  it('gives each figure its plain number, qualifier, total, the words shown, sources and date', async () => {
    const rows = records(figuresCsv(await shipped('gaza-exchange-2025-10-16.json'), undefined, 'en'));
    expect(rows.map((r) => r.id)).to.deep.equal(['living-captives-released', 'remains-returned', 'detainees-released']);
    expect(rows[2]).to.deep.include({
      label: 'Palestinian detainees released',
      side: 'Palestinian detainees held by Israel',
      value: '2000',
      qualifier: 'approximate',
      approximation: 'nearly',
      total: '',
      'as shown': 'nearly 2,000',
      sources: 'News article, "By Staff, Agencies"',
      'as of': '2025-10-16',
    });
    expect(rows[1]).to.deep.include({ value: '7', total: '28', qualifier: 'exact', approximation: '', 'as shown': '7 of 28' });
  });

  it('follows the figures chosen, in their order, and the language', () => {
    const rows = records(figuresCsv(validDataset(), 'detainees,living', 'fr'));
    expect(rows.map((r) => [r.id, r['as shown']])).to.deep.equal([
      ['detainees', 'près de 2\u202f000'],
      ['living', '20'],
    ]);
    expect(rows[0]).to.deep.include({ sources: 'Source A; Source B', 'source urls': 'https://example.org/a' });
  });

  it('gives a timeline’s dated events with running totals, in date order', async () => {
    const dataset = await shipped('gaza-remains-timeline.json');
    const rows = records(chartCsv(dataset, { element: 'exchange-chart', view: 'timeline', locale: 'en' }));
    expect(rows).to.have.length(dataset.events!.length);
    const dates = rows.map((r) => r.date);
    expect(dates).to.deep.equal([...dates].sort());
    const last = rows.filter((r) => r.figure === 'remains-returned').at(-1)!;
    expect(last).to.deep.include({ date: '2026-01-26', cumulative: '28', total: '28', note: 'Recovered by Israeli forces, not handed over.' });
    expect(records(eventsCsv(dataset, 'remains-returned', 'en')).every((r) => r.figure === 'remains-returned')).to.equal(true);
  });

  it('gives what the progress view draws: only the figures that are part of a known total', () => {
    const rows = records(chartCsv(validDataset(), { element: 'exchange-chart', view: 'progress', locale: 'en' }));
    expect(rows.map((r) => r.id ?? r.figure)).to.deep.equal(['remains']);
  });

  it('gives the map’s countries with status and qualified figure', () => {
    const rows = records(chartCsv(validDataset(), { element: 'contributor-map', locale: 'en' }));
    expect(rows).to.deep.equal([
      { country: 'IDN', name: 'Indonesia', status: 'in-talks', value: '', qualifier: '', approximation: '', unit: '', 'as shown': '', note: '', sources: 'Source A', 'source urls': 'https://example.org/a', 'as of': '2025-10-16' },
      { country: 'USA', name: 'United States', status: 'supporting', value: '200', qualifier: 'up-to', approximation: '', unit: 'troops', 'as shown': 'up to 200 troops', note: '', sources: 'Source B', 'source urls': '', 'as of': '2025-10-16' },
    ]);
    expect(contributorsCsv(validDataset(), 'ar')).to.include('الولايات المتحدة');
  });

  it('defuses texts a spreadsheet would run as formulas and quotes commas and quotes', () => {
    const data = clone(validDataset());
    data.figures[0].label = '=HYPERLINK("https://evil.example","click")';
    const text = figuresCsv(data, 'living', 'en');
    const [row] = records(text);
    expect(row.label).to.equal(`'=HYPERLINK("https://evil.example","click")`);
    expect(text.endsWith('\r\n')).to.equal(true);
  });
});

describe('toCsv(): the formula guard (OWASP CSV injection)', () => {
  // Cells that start like a number but go on to a formula: the old guard let anything that
  // began with "-<digit>" through as a number.
  const hostile = [
    `-2+3+cmd|' /C calc'!A0`,
    '-1+HYPERLINK("http://x")',
    '-1e3+cmd|calc!A0',
    '-0.5*HYPERLINK("http://x")',
    '=1+1',
    '+1+1',
    '@SUM(1+1)',
    '\t=1+1',
    '\r=1+1',
    '\0=1+1',
    '＝HYPERLINK("http://x")',
    '＋1+1',
    '－1+1',
    '＠SUM(1+1)',
    ' =1+1',
  ];

  it('defuses a hostile label, source name and unit, even when it starts like a negative number', () => {
    for (const text of hostile) {
      const data = clone(validDataset());
      data.figures[0].label = text;
      data.figures[0].unit = text;
      data.sources[0].name = text;
      const [row] = records(figuresCsv(data, 'living', 'en'));
      expect([row.label, row.unit, row.sources], JSON.stringify(text)).to.deep.equal([`'${text}`, `'${text}`, `'${text}`]);
      const [country] = records(contributorsCsv(data, 'en'));
      expect(country.sources, JSON.stringify(text)).to.equal(`'${text}`);
    }
  });

  it('quotes a cell holding ";" or a tab, so that a spreadsheet splitting on them keeps "x;=cmd" one cell', () => {
    expect(toCsv([{ label: 'a' }, { label: 'b' }], [['x;=cmd|calc', 'y\t@SUM(1)']])).to.equal('a,b\r\n"x;=cmd|calc","y\t@SUM(1)"\r\n');
  });

  it('leaves plain numbers, negative and decimal ones too, as numbers a spreadsheet sums', () => {
    const data = clone(validDataset());
    Object.assign(data.events![0], { value: -12, cumulative: 3.5 });
    Object.assign(data.events![1], { value: -0.25, cumulative: 1e21 });
    const text = eventsCsv(data, undefined, 'en');
    expect(text).to.include('\r\n2025-10-13,remains,Remains returned,-12,3.5,28,');
    expect(text).to.include('\r\n2025-10-14,remains,Remains returned,-0.25,1e+21,28,');
    const numbers = ['-12', '3.5', '2000', '-0.25', '0', '-7e-7', '1E+21'];
    expect(toCsv([{ label: 'n', numeric: true }], numbers.map((n) => [n]))).to.equal(`n\r\n${numbers.join('\r\n')}\r\n`);
  });
});

describe('CSV in another language than the dataset\'s', () => {
  it('writes the translated unit and the source names as they are, without isolation marks', () => {
    const data = clone(validDataset());
    data.contributors!.countries[1].figure!.unit = { en: 'troops', ar: 'جندي' };
    data.sources[1].name = "People's Daily \u202e";
    const usa = records(contributorsCsv(data, 'ar'))[1];
    expect([usa.unit, usa['as shown'], usa.sources]).to.deep.equal(['جندي', 'ما يصل إلى 200 جندي', "People's Daily \u202e"]);
    const detainees = records(figuresCsv(data, undefined, 'ar'))[2];
    expect(detainees.sources).to.equal("Source A; People's Daily \u202e");
    expect(detainees.sources).to.not.match(/[\u2068\u2069]/);
  });
});
