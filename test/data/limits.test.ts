import { expect } from '@open-wc/testing';
import { compareDates, dateTime, isCalendarDate } from '../../src/data/dates.js';
import { formatDate, formatNumber, formatQuantity } from '../../src/data/format.js';
import { LIMITS } from '../../src/data/limits.js';
import { validateDataset, validateDatasetInTasks } from '../../src/data/validate.js';
import { clone, validDataset } from '../helpers/fixtures.js';

type Loose = Record<string, any>;
const lines = (problems: { path: string; message: string }[]) => problems.map((p) => `${p.path}: ${p.message}`);
function after(change: (d: Loose) => void): Loose {
  const data = clone(validDataset()) as Loose;
  change(data);
  return data;
}
const event = (date: string, value = 1) => ({ date, figure: 'remains', value, sources: ['a'] });

describe('dates: real calendar days, one ordering, every year written as it is', () => {
  it('refuses days that do not exist, naming the field', () => {
    for (const [date, path] of [
      ['2025-02-30', 'asOf'],
      ['2025-02-29', 'asOf'],
      ['2025-04-31', 'asOf'],
      ['2100-02-29', 'asOf'],
    ]) {
      expect(lines(validateDataset(after((d) => (d.asOf = date))).errors), date).to.deep.equal([
        `${path}: must be a date that exists in the calendar, written YYYY-MM-DD, got "${date}"`,
      ]);
    }
    expect(lines(validateDataset(after((d) => (d.events[0].date = '2025-09-31'))).errors)).to.deep.equal([
      'events[0].date: must be a date that exists in the calendar, written YYYY-MM-DD, got "2025-09-31"',
    ]);
    expect(validateDataset(after((d) => (d.asOf = '2024-02-29'))).errors, 'a leap day is a day').to.deep.equal([]);
  });

  it('refuses years no news chart needs, such as 0099', () => {
    expect(lines(validateDataset(after((d) => (d.sources[0].date = '0099-06-15'))).errors)).to.deep.equal([
      'sources[0].date: must be a date between 1900-01-01 and 2100-12-31, got "0099-06-15"',
    ]);
  });

  it('events dated 2025-02-30 then 2025-03-01 are an error, not a running total that goes down', () => {
    const result = validateDataset(
      after((d) => {
        d.events = [
          { ...event('2025-03-01', 3), cumulative: 3 },
          { ...event('2025-02-30', 4), cumulative: 7 },
        ];
      }),
    );
    expect(lines(result.errors)).to.deep.equal(['events[1].date: must be a date that exists in the calendar, written YYYY-MM-DD, got "2025-02-30"']);
  });

  it('orders dates the same way for validation and drawing', () => {
    const dates = ['2025-11-01', '2025-10-31', '1999-12-31', '2025-10-09', '2025-10-10', '2000-02-29'];
    const byText = [...dates].sort(compareDates);
    const byTime = [...dates].sort((a, b) => dateTime(a) - dateTime(b));
    expect(byText).to.deep.equal(byTime);
    expect(byText).to.deep.equal(['1999-12-31', '2000-02-29', '2025-10-09', '2025-10-10', '2025-10-31', '2025-11-01']);
  });

  it('reads every day as the day it is, years below 100 included', () => {
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000 * 13) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(dateTime(iso), iso).to.equal(t);
    }
    expect(dateTime('0099-06-15')).to.equal(new Date('0099-06-15T00:00:00Z').getTime());
    // Every day of the years a dataset may use, and the days around a leap day in any year of four digits.
    for (let t = Date.UTC(1899, 11, 1); t < Date.UTC(2101, 1, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (dateTime(iso) !== t) expect(dateTime(iso), iso).to.equal(t);
    }
    for (let year = 0; year <= 9999; year += 7) {
      for (const [month, day] of [[1, 1], [2, 28], [2, 29], [3, 1], [12, 31]]) {
        const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const t = new Date(`${iso}T00:00:00Z`).getTime();
        if (isCalendarDate(iso) && dateTime(iso) !== t) expect(dateTime(iso), iso).to.equal(t);
      }
    }
    expect(formatDate('0099-06-15', 'en')).to.equal('June 15, 99');
    expect(formatDate('2025-10-16', 'en')).to.equal('October 16, 2025');
    expect(isCalendarDate('2025-02-30')).to.equal(false);
  });

  it('never writes another day in place of one that does not exist', () => {
    expect(formatDate('2025-02-30', 'en')).to.equal('2025-02-30');
  });
});

describe('numbers: -0 and floating-point sums', () => {
  it('writes -0 as 0', () => {
    expect(formatNumber(-0, 'en')).to.equal('0');
    expect(formatNumber(-0, 'ar')).to.equal(formatNumber(0, 'ar'));
    expect(formatQuantity({ value: -0, qualifier: 'exact' }, 'en')).to.equal('0');
  });

  it('accepts a running total that equals the sum but for floating-point rounding (1.1 + 2.2 = 3.3)', () => {
    const data = after((d) => {
      d.figures[1] = { ...d.figures[1], value: 3.3, total: 3.3 };
      d.events = [
        { ...event('2025-10-13', 1.1), cumulative: 1.1 },
        { ...event('2025-10-14', 2.2), cumulative: 3.3 },
      ];
    });
    expect(1.1 + 2.2).to.not.equal(3.3);
    expect(lines(validateDataset(data).errors)).to.deep.equal([]);
    const off = after((d) => {
      d.events = [
        { ...event('2025-10-13', 1.1), cumulative: 1.1 },
        { ...event('2025-10-14', 2.2), cumulative: 3.4 },
      ];
    });
    expect(lines(validateDataset(off).errors)[0]).to.match(/^events\[1\]\.cumulative: must equal the running total/);
  });
});

describe('limits: checked before any work per item, named in the error', () => {
  it('refuses more figures than a chart can show, without reading them', () => {
    const data = after((d) => (d.figures = new Array(10_000_000)));
    // A sparse list of ten million, whose items throw when read: the size alone is the problem.
    Object.defineProperty(data.figures, 0, { get: () => expect.fail('an item was read') });
    const result = validateDataset(data);
    expect(lines(result.errors)).to.deep.equal([`figures: must have at most ${LIMITS.figures} figures, got 10000000`]);
  });

  it('names each list over its limit: events, countries, sources, a figure\'s source ids', () => {
    expect(lines(validateDataset(after((d) => (d.events = Array.from({ length: LIMITS.events + 1 }, () => event('2025-10-13'))))).errors)).to.deep.equal([
      `events: must have at most ${LIMITS.events} events, got ${LIMITS.events + 1}`,
    ]);
    expect(lines(validateDataset(after((d) => (d.contributors.countries = new Array(LIMITS.countries + 1).fill(d.contributors.countries[0])))).errors)).to.deep.equal([
      `contributors.countries: must have at most ${LIMITS.countries} contributors, got ${LIMITS.countries + 1}`,
    ]);
    expect(lines(validateDataset(after((d) => (d.figures[2].sources = new Array(1000).fill('a')))).errors)).to.deep.equal([
      `figures[2].sources: must have at most ${LIMITS.sourcesPerItem} source ids, got 1000`,
    ]);
  });

  it('refuses an object with more fields than any dataset has', () => {
    const data = after((d) => {
      for (let i = 0; i < 100_000; i++) d.figures[0][`x${i}`] = i;
    });
    expect(lines(validateDataset(data).errors)).to.deep.equal([`figures[0]: must have at most ${LIMITS.fields} fields, got 100006`]);
  });

  it('lists at most 100 problems, then counts the rest', () => {
    const data = after((d) => {
      d.events = Array.from({ length: 5000 }, () => ({ date: 'soon', figure: 'remains', value: -1, sources: ['a'] }));
    });
    const { errors } = validateDataset(data);
    expect(errors).to.have.length(LIMITS.problems + 1);
    expect(errors[0]).to.deep.equal({ path: 'events[0].date', message: 'must be a date written YYYY-MM-DD, got "soon"' });
    expect(errors.at(-1)).to.deep.equal({ path: 'dataset', message: '… and 9900 more problems not listed' });
  });

  it('accepts what is within the limits: 500 figures and 100,000 events', async () => {
    const data = after((d) => {
      d.figures = Array.from({ length: LIMITS.figures }, (_, i) => ({ id: `f${i}`, label: `F${i}`, value: i, qualifier: 'exact', sources: ['a'] }));
      d.figures[0] = { id: 'remains', label: 'Remains', value: LIMITS.events, total: LIMITS.events, qualifier: 'exact', sources: ['a'] };
      const day = 86_400_000;
      d.events = Array.from({ length: LIMITS.events }, (_, i) => event(new Date(Date.UTC(1950, 0, 1) + Math.floor(i / 2) * day).toISOString().slice(0, 10)));
      d.sides = undefined;
      delete d.sides;
    });
    const sync = validateDataset(data);
    expect(lines(sync.errors)).to.deep.equal([]);
    const inTasks = validateDatasetInTasks(data);
    expect(inTasks, 'a dataset this large is checked in tasks').to.be.instanceOf(Promise);
    const result = await inTasks;
    expect(lines(result.errors)).to.deep.equal([]);
    expect(result.dataset).to.deep.equal(sync.dataset);
  });

  it('checks a large dataset in tasks with the same problems, at the same paths', async () => {
    const data = after((d) => {
      d.events = Array.from({ length: 6000 }, (_, i) => event(i === 4321 ? '2025-02-30' : '2025-10-13'));
      d.events[5999].extra = true;
    });
    const sync = validateDataset(data);
    const inTasks = await validateDatasetInTasks(data);
    expect(lines(inTasks.errors)).to.deep.equal(lines(sync.errors));
    expect(lines(inTasks.errors)).to.deep.equal(['events[4321].date: must be a date that exists in the calendar, written YYYY-MM-DD, got "2025-02-30"']);
    expect(lines(inTasks.warnings)).to.deep.equal(['events[5999].extra: is not a field this version knows; it is ignored']);
  });
});

describe('input that throws or hides its keys', () => {
  it('a getter that throws is an error like any other', () => {
    const data = after(() => {});
    Object.defineProperty(data, 'figures', { enumerable: true, get: () => { throw new Error('nope'); } });
    expect(lines(validateDataset(data).errors)).to.deep.equal(['dataset: could not be read (Error: nope)']);
  });

  it('a Proxy that throws is an error like any other', () => {
    const data = new Proxy(validDataset(), { get: () => { throw new TypeError('revoked'); }, ownKeys: () => { throw new TypeError('revoked'); } });
    expect(lines(validateDataset(data).errors)).to.deep.equal(['dataset: could not be read (TypeError: revoked)']);
  });

  it('warns of unknown fields named constructor, __proto__ or toString', () => {
    const data = JSON.parse(JSON.stringify(validDataset()).replace('{"lang"', '{"constructor":1,"__proto__":{"x":1},"toString":"no","lang"'));
    expect(Object.hasOwn(data, '__proto__')).to.equal(true);
    expect(lines(validateDataset(data).warnings)).to.deep.equal([
      'constructor: is not a field this version knows; it is ignored',
      '__proto__: is not a field this version knows; it is ignored',
      'toString: is not a field this version knows; it is ignored',
    ]);
  });
});
