import { expect } from '@open-wc/testing';
import { datasetJsonSchema } from '../../src/data/json-schema.js';
import { LIMITS } from '../../src/data/limits.js';
import { contributorHistory, contributorStates, figureStates, historyLine, historyText, liveLog, recordChanges, updatedLine, updatedText, withLive } from '../../src/data/revisions.js';
import type { Dataset } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { clone, validDataset } from '../helpers/fixtures.js';

type Loose = Record<string, any>;

/** The fixture with the remains figure's history: 4 of 28 on 13 Oct, 7 of 28 on 14 Oct; now 9 of 28 as of 16 Oct. */
function revised(): Loose {
  const data = clone(validDataset()) as Loose;
  data.figures[1].value = 9;
  data.figures[1].revisions = [
    { date: '2025-10-13', value: 4, total: 28, qualifier: 'exact', sources: ['a'] },
    { date: '2025-10-14', value: 7, total: 28, qualifier: 'exact', sources: ['b'], note: 'corrected' },
  ];
  data.contributors.countries[0].revisions = [{ date: '2025-10-10', status: 'declined', sources: ['a'] }];
  data.annotations = [
    { date: '2025-10-15', text: 'Ceasefire takes effect', sources: ['a'] },
    { text: 'Counted differently elsewhere', figures: ['detainees'] },
  ];
  return data;
}

function errorsAfter(change: (d: Loose) => void): string[] {
  const data = revised();
  change(data);
  const result = validateDataset(data);
  expect(result.dataset, 'a dataset with errors is not returned').to.equal(undefined);
  return result.errors.map((p) => `${p.path}: ${p.message}`);
}

describe('revisions and annotations in a dataset', () => {
  it('load with no errors and no warnings', () => {
    const result = validateDataset(revised());
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.dataset!.figures[1].revisions).to.have.length(2);
  });

  it('are optional: a dataset without them loads as before', () => {
    expect(validateDataset(validDataset()).errors).to.deep.equal([]);
  });

  it('need their dates in order, oldest first', () => {
    expect(errorsAfter((d) => d.figures[1].revisions.reverse())).to.deep.equal([
      'figures[1].revisions[1].date: must come after the revision before it (2025-10-14): revisions are listed oldest first, got 2025-10-13',
    ]);
  });

  it('need each date before the current as-of date: the current value is the latest state', () => {
    expect(errorsAfter((d) => (d.figures[1].revisions[1].date = '2025-10-16'))).to.deep.equal([
      'figures[1].revisions[1].date: must be before the current as-of date (2025-10-16): the current value is the latest state, got 2025-10-16',
    ]);
    // The figure's own asOf is its current date, when it has one.
    expect(errorsAfter((d) => (d.figures[1].asOf = '2025-10-14'))).to.deep.equal([
      'figures[1].revisions[1].date: must be before the current as-of date (2025-10-14): the current value is the latest state, got 2025-10-14',
    ]);
    expect(errorsAfter((d) => (d.contributors.countries[0].revisions[0].date = '2025-10-17'))).to.deep.equal([
      'contributors.countries[0].revisions[0].date: must be before the current as-of date (2025-10-16): the current value is the latest state, got 2025-10-17',
    ]);
  });

  it('need each source to resolve, and at least one', () => {
    expect(errorsAfter((d) => (d.figures[1].revisions[0].sources = ['nope']))).to.deep.equal([
      'figures[1].revisions[0].sources[0]: names the source "nope", which is not in sources',
    ]);
    expect(errorsAfter((d) => (d.contributors.countries[0].revisions[0].sources = []))).to.deep.equal([
      'contributors.countries[0].revisions[0].sources: must name at least one source: no figure is shown unsourced',
    ]);
    expect(errorsAfter((d) => (d.annotations[0].sources = ['nope']))).to.deep.equal(['annotations[0].sources[0]: names the source "nope", which is not in sources']);
  });

  it('check each state like the figure: a value, a qualifier, a total not below the value, a status', () => {
    expect(
      errorsAfter((d) => {
        d.figures[1].revisions[0].value = '4a';
        d.figures[1].revisions[1].qualifier = 'roughly';
        d.contributors.countries[0].revisions[0].status = 'maybe';
      }),
    ).to.deep.equal([
      'figures[1].revisions[0].value: must be a number ≥ 0, got "4a"',
      'figures[1].revisions[1].qualifier: must be one of exact, approximate, up-to, at-least, got "roughly"',
      'contributors.countries[0].revisions[0].status: must be one of confirmed, in-talks, supporting, declined, got "maybe"',
    ]);
    expect(errorsAfter((d) => (d.figures[1].revisions[0].total = 3))).to.deep.equal(['figures[1].revisions[0].total: must be at least the value (4), got 3']);
    expect(errorsAfter((d) => (d.figures[1].revisions[0].approximation = 'nearly'))).to.deep.equal([
      'figures[1].revisions[0].approximation: only applies to a figure whose qualifier is "approximate", not "exact"',
    ]);
  });

  it(`are at most ${LIMITS.revisions} per figure and ${LIMITS.annotations} per dataset, refused before any other check`, () => {
    const many = (n: number, item: unknown) => Array.from({ length: n }, () => item);
    expect(errorsAfter((d) => (d.figures[1].revisions = many(LIMITS.revisions + 1, {})))).to.deep.equal([`figures[1].revisions: must have at most ${LIMITS.revisions} revisions, got ${LIMITS.revisions + 1}`]);
    expect(errorsAfter((d) => (d.annotations = many(LIMITS.annotations + 1, {})))).to.deep.equal([`annotations: must have at most ${LIMITS.annotations} annotations, got ${LIMITS.annotations + 1}`]);
  });

  it('an annotation needs a date or figures, its figures must exist, its date not after the as-of date', () => {
    expect(
      errorsAfter((d) => {
        d.annotations[0] = { text: 'Nowhere to draw it' };
        d.annotations[1].figures = ['nope'];
        d.annotations.push({ date: '2025-10-17', text: 'Later' });
      }),
    ).to.deep.equal([
      'annotations[0]: must have a date (drawn on the timeline) or figures (pinned to their marks), or both',
      'annotations[1].figures[0]: names the figure "nope", which is not in figures',
      "annotations[2].date: must be on or before the dataset's asOf (2025-10-16), got 2025-10-17",
    ]);
  });

  it('are in the JSON Schema, with their limits', () => {
    const schema = datasetJsonSchema() as any;
    const figure = schema.properties.figures.items;
    expect(figure.properties.revisions.maxItems).to.equal(LIMITS.revisions);
    expect(figure.properties.revisions.items.required).to.include.members(['date', 'value', 'qualifier', 'sources']);
    expect(schema.properties.contributors.properties.countries.items.properties.revisions.items.required).to.include.members(['date', 'status', 'sources']);
    expect(schema.properties.annotations.maxItems).to.equal(LIMITS.annotations);
    expect(schema.properties.showUpdates.type).to.equal('boolean');
  });
});

describe('a figure’s history', () => {
  const data = validateDataset(revised()).dataset!;
  const remains = data.figures[1];

  it('is its revisions, then the figure as it stands, dated as of its day', () => {
    expect(figureStates(remains, data.asOf).map((s) => [s.date, s.value])).to.deep.equal([
      ['2025-10-13', 4],
      ['2025-10-14', 7],
      ['2025-10-16', 9],
    ]);
    expect(figureStates(data.figures[0], data.asOf), 'none when it never changed').to.deep.equal([]);
  });

  it('reads oldest first with each value as worded, in the reader’s language and direction', () => {
    expect(historyText(data, remains, 'en')).to.equal('4 of 28 on Oct 13, 2025 → 7 of 28 on Oct 14, 2025 (corrected) → 9 of 28 on Oct 16, 2025');
    expect(historyText(data, remains, 'en', 2)).to.equal('4 of 28 on Oct 13, 2025 → … → 9 of 28 on Oct 16, 2025');
    expect(historyText(data, remains, 'fr')).to.equal('4 sur 28 le 13 oct. 2025 → 7 sur 28 le 14 oct. 2025 (corrected) → 9 sur 28 le 16 oct. 2025');
    const ar = historyText(data, remains, 'ar');
    expect(ar.split(' ← ')).to.have.length(3);
    expect(ar).to.contain('من أصل');
    expect(updatedText(data, remains, 'en')).to.equal('Updated Oct 16, 2025');
    expect(updatedText(data, data.figures[0], 'en')).to.equal(undefined);
  });

  it('keeps an approximate state approximate: "nearly 2,000 on …", never a bare 2,000', () => {
    const d = clone(data) as Loose;
    d.figures[2].revisions = [{ date: '2025-10-13', value: 1968, qualifier: 'exact', sources: ['a'] }];
    expect(historyText(d as Dataset, d.figures[2], 'en')).to.equal('1,968 on Oct 13, 2025 → nearly 2,000 on Oct 16, 2025');
  });
});

describe('changes seen by a refresh', () => {
  const before = validDataset();
  const after = validDataset();
  after.figures[1].value = 9;
  after.asOf = '2025-10-17';
  const SEEN = Date.UTC(2026, 0, 29, 14, 32);

  it('become revisions in memory: the old state as of its day, the new one with the time it was seen', () => {
    const log = liveLog();
    recordChanges(before, after, log, SEEN);
    expect([...log.figures.keys()]).to.deep.equal(['remains']);
    const shown = withLive(after, log);
    const states = figureStates(shown.figures[1], shown.asOf);
    expect(states.map((s) => [s.value, s.date, s.seen])).to.deep.equal([
      [7, '2025-10-16', undefined],
      [9, '2025-10-17', SEEN],
    ]);
    expect(historyText(shown, shown.figures[1], 'en-GB')).to.match(/^7 of 28 on 16 Oct 2025 → 9 of 28, seen 29 Jan, \d\d:\d\d$/);
    expect(withLive(before, liveLog()), 'nothing seen: the same dataset').to.equal(before);
  });

  it('are not recorded twice when the new dataset lists the old state itself', () => {
    const listed = clone(after);
    listed.figures[1].revisions = [{ date: '2025-10-16', value: 7, total: 28, qualifier: 'exact', sources: ['a'] }];
    const log = liveLog();
    recordChanges(before, listed, log, SEEN);
    expect(figureStates(withLive(listed, log).figures[1], listed.asOf).map((s) => s.value)).to.deep.equal([7, 9]);
  });

  it('pile up when a figure changes again, each with the time it was seen', () => {
    const log = liveLog();
    recordChanges(before, after, log, SEEN);
    const again = clone(after);
    again.figures[1].value = 7;
    recordChanges(after, again, log, SEEN + 60_000);
    const states = figureStates(withLive(again, log).figures[1], again.asOf);
    expect(states.map((s) => [s.value, s.seen])).to.deep.equal([
      [7, undefined],
      [9, SEEN],
      [7, SEEN + 60_000],
    ]);
  });
});

describe('a contributor’s history', () => {
  const data = validateDataset(revised()).dataset!;
  const indonesia = data.contributors!.countries[0];

  it('is its earlier statuses, then its status as of the dataset’s day, in the reader’s words', () => {
    expect(contributorStates(indonesia, data.asOf).map((s) => [s.date, s.status])).to.deep.equal([
      ['2025-10-10', 'declined'],
      ['2025-10-16', 'in-talks'],
    ]);
    expect(historyLine(contributorHistory(data, indonesia, 'en'), 'en')).to.equal('Declined on Oct 10, 2025 → In talks on Oct 16, 2025');
    expect(updatedLine(contributorHistory(data, indonesia, 'en'), 'en')).to.equal('Updated Oct 16, 2025');
    expect(updatedLine(contributorHistory(data, data.contributors!.countries[1], 'en'), 'en'), 'one that never changed').to.equal(undefined);
    const ar = historyLine(contributorHistory(data, indonesia, 'ar'), 'ar');
    expect(ar).to.contain('رفض في');
    expect(ar).to.contain(' ← ');
  });

  it('says a state’s figure with its qualifier and unit: "Supporting, not deploying: up to 200 troops"', () => {
    const d = clone(data);
    d.contributors!.countries[1].revisions = [{ date: '2025-10-14', status: 'in-talks', sources: ['b'], note: 'first report' }];
    expect(historyLine(contributorHistory(d, d.contributors!.countries[1], 'en'), 'en')).to.equal(
      'In talks on Oct 14, 2025 (first report) → Supporting, not deploying: up to 200 troops on Oct 16, 2025',
    );
  });
});

describe('contributors changed by a refresh', () => {
  const before = validDataset();
  const after = validDataset();
  after.contributors!.countries[0].status = 'confirmed';
  const SEEN = Date.UTC(2026, 0, 29, 14, 32);

  it('become revisions in memory, as figures do; a figure that changes alone is one too', () => {
    const log = liveLog();
    recordChanges(before, after, log, SEEN);
    expect([...log.countries.keys()]).to.deep.equal(['IDN']);
    expect([...log.figures.keys()]).to.deep.equal([]);
    const shown = withLive(after, log);
    const states = contributorStates(shown.contributors!.countries[0], shown.asOf);
    expect(states.map((s) => [s.status, s.date, s.seen])).to.deep.equal([
      ['in-talks', '2025-10-16', undefined],
      ['confirmed', '2025-10-16', SEEN],
    ]);
    expect(shown.contributors!.countries[1], 'the USA did not change').to.equal(after.contributors!.countries[1]);
    const more = clone(after);
    more.contributors!.countries[1].figure!.value = 300;
    recordChanges(after, more, log, SEEN + 1);
    expect([...log.countries.keys()]).to.deep.equal(['IDN', 'USA']);
  });
});
