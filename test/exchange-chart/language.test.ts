import { expect } from '@open-wc/testing';
import '../../src/exchange-chart/exchange-chart.js';
import '../../src/contributor-map/contributor-map.js';
import type { Dataset } from '../../src/data/schema.js';
import { drawnAt, frame, validDataset } from '../helpers/fixtures.js';

// What a reader of an Arabic or Hebrew page sees of an English dataset: each text in its own
// language and direction, lined up with the chart's own words, lists in the page's language.

/** The English dataset with three sources, one of which opens a right-to-left override (U+202E) and never closes it. */
function dataset(): Dataset {
  const data = validDataset();
  data.subtitle = 'Captives and detainees (as of October).';
  data.notes = ['A note in English.', 'Another note.'];
  data.sources = [
    { id: 'a', name: 'Source A', date: '2025-10-16' },
    { id: 'b', name: "People's Daily \u202e" },
    { id: 'c', name: 'IANS' },
  ];
  data.figures[2].sources = ['a', 'b', 'c'];
  data.contributors!.countries[0].sources = ['b', 'c'];
  data.contributors!.countries[0].note = 'Named among others.';
  return data;
}

const root = (el: Element) => el.shadowRoot!;
const bdis = (scope: ParentNode) => [...scope.querySelectorAll('bdi')];
const texts = (nodes: Element[]) => nodes.map((n) => n.textContent!.trim());
/** The language a text is read in: the nearest lang around it, as a screen reader decides. */
const langOf = (node: Element) => node.closest('[lang]')!.getAttribute('lang');

/** The left edge of each of a text's letters as drawn: their visual order. */
function letterLefts(node: Element): number[] {
  const text = node.firstChild?.nodeType === Node.TEXT_NODE ? node.firstChild : [...node.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
  const range = document.createRange();
  return [...text.textContent!].map((_, i) => {
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return range.getBoundingClientRect().left;
  });
}

/** The names of a list as drawn, right to left. */
const rightToLeft = (nodes: Element[]) =>
  [...nodes].sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).map((n) => n.textContent!.trim());

/** "IANS" drawn left to right, whatever the name before it left open. */
function expectReadable(name: Element | undefined): void {
  expect(name, 'IANS is drawn').to.exist;
  const lefts = letterLefts(name!);
  expect(lefts.every((x, i) => i === 0 || x > lefts[i - 1]), `letters of "${name!.textContent}" left to right: ${lefts}`).to.equal(true);
}

for (const locale of ['ar', 'he']) {
  describe(`<exchange-chart> in ${locale}, with an English dataset`, () => {
    it('marks every dataset text lang="en" and leaves the library\'s own words in the page\'s language', async () => {
      const el = await drawnAt('exchange-chart', 1000, { locale, view: 'bars' }, dataset());
      const r = root(el);
      for (const part of ['title', 'subtitle', 'notes', 'sources']) {
        const texts = bdis(r.querySelector(`[part="${part}"]`)!);
        expect(texts.length, part).to.be.greaterThan(0);
        for (const t of texts) expect(langOf(t), `${part}: ${t.textContent}`).to.equal('en');
      }
      expect(langOf(r.querySelector('.sources-label')!)).to.equal(locale);
      expect(langOf(r.querySelector('[part="as-of"]')!)).to.equal(locale);
      // In the drawing too: labels and the sides' headings, not the values (in the page's words).
      const labels = [...r.querySelectorAll('svg text.label, svg text.group-text')];
      expect(labels.length).to.be.greaterThan(3);
      for (const t of labels) expect(langOf(t), t.textContent!).to.equal('en');
      for (const t of r.querySelectorAll('svg text.value')) expect(langOf(t)).to.equal(locale);
    });

    it('lines English text up with the chart: right-aligned, notes with their bullets on the right', async () => {
      const el = await drawnAt('exchange-chart', 600, { locale, view: 'bars' }, dataset());
      const r = root(el);
      for (const part of ['title', 'subtitle']) {
        const block = r.querySelector(`[part="${part}"]`)!;
        expect(getComputedStyle(block).direction, part).to.equal('rtl');
        expect(block.querySelector('bdi')!.getBoundingClientRect().right, part).to.be.closeTo(block.getBoundingClientRect().right, 1);
      }
      // The sentence keeps its own direction: its full stop ends it on the right, not the left.
      const subtitle = r.querySelector('[part="subtitle"] bdi')!;
      const lefts = letterLefts(subtitle);
      expect(lefts[lefts.length - 1]).to.equal(Math.max(...lefts));
      const notes = r.querySelector('[part="notes"]')!;
      for (const li of notes.querySelectorAll('li')) {
        // Room for the bullet on the right, where a right-to-left list puts it.
        expect(notes.getBoundingClientRect().right - li.getBoundingClientRect().right).to.be.greaterThan(8);
        const style = getComputedStyle(li);
        expect([style.display, style.listStyleType, style.direction]).to.deep.equal(['list-item', 'disc', 'rtl']);
        // The text ends where the padding (and the bullet in it) begins.
        expect(li.querySelector('bdi')!.getBoundingClientRect().right).to.be.closeTo(li.getBoundingClientRect().right, 1);
      }
    });

    it('isolates each source name in the footer, joined by the page\'s separator, and contains a stray U+202E', async () => {
      const el = await drawnAt('exchange-chart', 1000, { locale, view: 'bars' }, dataset());
      const sources = root(el).querySelector('[part="sources"]')!;
      const names = bdis(sources);
      expect(rightToLeft(names)).to.deep.equal(['Source A', "People's Daily \u202e", 'IANS']);
      const separator = locale === 'ar' ? '؛' : ';';
      expect(sources.textContent!.replace(/\s+/g, ' ')).to.contain(`${separator} `);
      // The date stays to the left of (after) its own name, in parentheses the right way round.
      const date = sources.querySelector('.date')!;
      expect(date.getBoundingClientRect().right).to.be.at.most(names[0].getBoundingClientRect().left + 1);
      expect(date.getBoundingClientRect().left).to.be.greaterThan(names[1].getBoundingClientRect().right - 1);
      expectReadable(names.find((n) => n.textContent === 'IANS'));
    });

    it('never breaks a source\'s date over two lines at 320 px, where its pieces would swap places', async () => {
      const el = await drawnAt('exchange-chart', 320, { locale, view: 'bars' }, dataset());
      // Names of every length, so that some date falls where the line ends.
      for (let words = 1; words <= 12; words++) {
        const data = dataset();
        data.sources[1].date = '2025-10-15';
        data.sources[1].name = `Reuters ${'advisers '.repeat(words)}`.trim();
        el.data = data;
        await el.updateComplete;
        for (const date of root(el).querySelectorAll('[part="sources"] .date')) {
          // One line: its pieces (a box per run of one direction) all share the same top.
          const tops = new Set([...date.getClientRects()].map((r) => Math.round(r.top)));
          expect(tops.size, `${words} words: ${date.textContent}`).to.equal(1);
        }
      }
    });

    it('isolates the names in the tooltip and in the "Show data" table, each in its own language', async () => {
      const el = await drawnAt('exchange-chart', 1000, { locale, view: 'bars' }, dataset());
      const r = root(el);
      r.querySelectorAll<SVGGElement>('svg .mark')[2].focus();
      await el.updateComplete;
      const tip = r.querySelector('[part="tooltip"]')!;
      expect(langOf(tip.querySelector('strong bdi')!)).to.equal('en');
      const tipNames = bdis(tip.querySelector('.tip-sources')!);
      expect(rightToLeft(tipNames)).to.deep.equal(['Source A', "People's Daily \u202e", 'IANS']);
      expectReadable(tipNames[2]);

      r.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
      await el.updateComplete;
      expect(langOf(r.querySelector('[part="data-table"] caption bdi')!)).to.equal('en');
      const row = [...r.querySelectorAll('[part="data-table"] tbody tr')][2];
      const [label, side] = [...row.children];
      for (const cell of [label, side]) {
        // The cell keeps the table's direction, so that it lines up with its column's heading.
        expect(getComputedStyle(cell).direction).to.equal('rtl');
        expect(langOf(cell.querySelector('bdi')!)).to.equal('en');
        expect(cell.querySelector('bdi')!.getBoundingClientRect().right).to.be.closeTo(cell.getBoundingClientRect().right - parseFloat(getComputedStyle(cell).paddingRight), 1);
      }
      const cellNames = bdis(row.children[5]);
      expect(rightToLeft(cellNames)).to.deep.equal(['Source A', "People's Daily \u202e", 'IANS']);
      expectReadable(cellNames[2]);
    });
  });
}

describe('<exchange-chart> in the dataset\'s own language', () => {
  it('marks no language: the page\'s lang already says it', async () => {
    const el = await drawnAt('exchange-chart', 600, { locale: 'en', view: 'bars' }, dataset());
    const r = root(el);
    expect(r.querySelectorAll('bdi[lang], text[lang]').length).to.equal(0);
    expect(texts(bdis(r.querySelector('[part="sources"]')!))).to.deep.equal(['Source A', "People's Daily \u202e", 'IANS']);
    expect(r.querySelector('[part="sources"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('; ');
  });
});

describe('<contributor-map> in Arabic, with an English dataset', () => {
  it('isolates source names in its tooltip and table, and marks the dataset\'s notes lang="en"', async () => {
    const el = await drawnAt('contributor-map', 1000, { locale: 'ar' }, dataset());
    const r = root(el);
    r.querySelector<SVGGElement>('.country[data-country="IDN"]')!.focus();
    await el.updateComplete;
    const tip = r.querySelector('[part="tooltip"]')!;
    expect(rightToLeft(bdis(tip.querySelector('.tooltip-source')!))).to.deep.equal(["People's Daily \u202e", 'IANS']);
    expectReadable(bdis(tip).find((n) => n.textContent === 'IANS'));
    expect(langOf(tip.querySelector('.tooltip-note bdi')!)).to.equal('en');
    // The country's name is the library's, in Arabic: no other language to mark.
    expect(langOf(tip.querySelector('.tooltip-name bdi')!)).to.equal('ar');

    r.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    await frame();
    const row = r.querySelector('[part="data-table"] tbody tr')!;
    expect(langOf(row.children[3].querySelector('bdi')!)).to.equal('en');
    expect(rightToLeft(bdis(row.children[4]))).to.deep.equal(["People's Daily \u202e", 'IANS']);
    expectReadable(bdis(row.children[4])[1]);
  });
});

describe('a unit given in several languages', () => {
  /** The dataset with its units translated, as labels are. */
  function withUnits(): Dataset {
    const data = dataset();
    data.figures[2].unit = { en: 'people', ar: 'شخص', he: 'אנשים' };
    data.contributors!.countries[1].figure!.unit = { en: 'troops', ar: 'جندي', he: 'חיילים' };
    return data;
  }

  it('is drawn in the reader\'s language in the bars, the tooltip and the "Show data" table', async () => {
    for (const [locale, unit] of [['en', 'people'], ['ar', 'شخص'], ['he', 'אנשים']]) {
      const el = await drawnAt('exchange-chart', 600, { locale, view: 'bars' }, withUnits());
      const r = root(el);
      expect(r.querySelectorAll('svg text.value')[2].textContent, locale).to.contain(unit);
      r.querySelectorAll<SVGGElement>('svg .mark')[2].focus();
      await el.updateComplete;
      expect(r.querySelector('[part="tooltip"]')!.textContent, locale).to.contain(unit);
      r.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
      await el.updateComplete;
      expect([...r.querySelectorAll('[part="data-table"] tbody tr')][2].children[2].textContent, locale).to.contain(unit);
    }
  });

  it('is drawn in the reader\'s language in the map\'s tooltip and table', async () => {
    const el = await drawnAt('contributor-map', 1000, { locale: 'ar' }, withUnits());
    const r = root(el);
    r.querySelector<SVGGElement>('.country[data-country="USA"]')!.focus();
    await el.updateComplete;
    expect(r.querySelector('[part="tooltip"] .tooltip-figure')!.textContent).to.equal('ما يصل إلى 200 جندي');
    expect(r.querySelector('.country[data-country="USA"]')!.getAttribute('aria-label')).to.contain('ما يصل إلى 200 جندي');
    r.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
    await el.updateComplete;
    expect(r.querySelector('[part="data-table"]')!.textContent).to.contain('ما يصل إلى 200 جندي');
  });
});
