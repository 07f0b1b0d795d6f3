import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/schema.js';
import { formatPath, validateDataset } from '../../src/data/validate.js';
import { clone, validDataset } from '../helpers/fixtures.js';

type Loose = Record<string, any>;

/** Validates the fixture after one change and returns the problems as "path: message" lines. */
function errorsAfter(change: (d: Loose) => void): string[] {
  const data = clone(validDataset()) as Loose;
  change(data);
  const result = validateDataset(data);
  expect(result.dataset, 'a dataset with errors is not returned').to.equal(undefined);
  return result.errors.map((p) => `${p.path}: ${p.message}`);
}

describe('validateDataset()', () => {
  describe('accepts', () => {
    it('a complete dataset, with no errors and no warnings', () => {
      const result = validateDataset(validDataset());
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      expect(result.dataset?.figures).to.have.length(3);
    });

    it('a minimal dataset: title, asOf, sources, figures', () => {
      const result = validateDataset({
        title: 'T',
        asOf: '2025-10-16',
        sources: [{ id: 's', name: 'S' }],
        figures: [{ id: 'f', label: 'F', value: 0, qualifier: 'exact', sources: ['s'] }],
      });
      expect(result.errors).to.deep.equal([]);
      expect(result.dataset?.title).to.equal('T');
    });

    it('texts as maps from language tag to string', () => {
      const data = clone(validDataset()) as Loose;
      data.title = { en: 'Exchange', ar: 'التبادل', 'zh-Hant': '交換' };
      data.figures[0].label = { en: 'Living', he: 'חיים' };
      const result = validateDataset(data);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings, 'language tags are not unknown fields').to.deep.equal([]);
    });

    it('unknown fields, reported as warnings with their paths', () => {
      const data = clone(validDataset()) as Loose;
      data.version = 2;
      data.figures[1].color = 'red';
      data.contributors.countries[0].troops = 5;
      const result = validateDataset(data);
      expect(result.errors).to.deep.equal([]);
      expect(result.dataset, 'the dataset still loads').to.not.equal(undefined);
      expect(result.warnings.map((w) => w.path)).to.deep.equal(['figures[1].color', 'contributors.countries[0].troops', 'version']);
      expect(result.warnings[0].message).to.equal('is not a field this version knows; it is ignored');
    });

    it('a value of 0 and a total equal to the value', () => {
      const data = clone(validDataset()) as Loose;
      data.figures[1].value = 28;
      data.figures[0].value = 0;
      data.events = [];
      expect(validateDataset(data).errors).to.deep.equal([]);
    });
  });

  describe('rejects', () => {
    it('anything but an object at the root', () => {
      for (const [input, got] of [[[], 'a list'], ['x', '"x"'], [null, 'null'], [3, '3']] as const) {
        expect(validateDataset(input).errors).to.deep.equal([{ path: 'dataset', message: `must be a JSON object, got ${got}` }]);
      }
    });

    it('a value that is not a number, naming the field and what it got', () => {
      expect(errorsAfter((d) => (d.figures[2].value = '12a'))).to.deep.equal(['figures[2].value: must be a number ≥ 0, got "12a"']);
    });

    it('negative, NaN and infinite values', () => {
      expect(errorsAfter((d) => (d.figures[0].value = -1))).to.deep.equal(['figures[0].value: must be a number ≥ 0, got -1']);
      expect(errorsAfter((d) => (d.figures[0].value = NaN))).to.deep.equal(['figures[0].value: must be a number ≥ 0, got NaN']);
      expect(errorsAfter((d) => (d.figures[0].value = Infinity))).to.deep.equal(['figures[0].value: must be a number ≥ 0, got Infinity']);
      expect(errorsAfter((d) => (d.figures[0].value = 'Infinity'))).to.deep.equal(['figures[0].value: must be a number ≥ 0, got "Infinity"']);
    });

    it('missing required fields', () => {
      expect(
        errorsAfter((d) => {
          delete d.title;
          delete d.asOf;
          delete d.figures[0].qualifier;
          delete d.figures[1].sources;
        }),
      ).to.deep.equal(['title: is required', 'asOf: is required', 'figures[0].qualifier: is required', 'figures[1].sources: is required']);
    });

    it('a qualifier or approximation outside the list', () => {
      expect(errorsAfter((d) => (d.figures[0].qualifier = 'roughly'))).to.deep.equal([
        'figures[0].qualifier: must be one of exact, approximate, up-to, at-least, got "roughly"',
      ]);
      expect(errorsAfter((d) => (d.figures[2].approximation = 'circa'))).to.deep.equal([
        'figures[2].approximation: must be one of about, nearly, over, got "circa"',
      ]);
    });

    it('an approximation on a figure that is not approximate', () => {
      expect(errorsAfter((d) => (d.figures[0].approximation = 'nearly'))).to.deep.equal([
        'figures[0].approximation: only applies to a figure whose qualifier is "approximate", not "exact"',
      ]);
    });

    it('a total below the value', () => {
      expect(errorsAfter((d) => (d.figures[1].total = 5))).to.include('figures[1].total: must be at least the value (7), got 5');
    });

    it('dates not written YYYY-MM-DD, or not real', () => {
      expect(errorsAfter((d) => (d.asOf = '16/10/2025'))).to.deep.equal(['asOf: must be a date written YYYY-MM-DD, got "16/10/2025"']);
      expect(errorsAfter((d) => (d.sources[0].date = '2025-13-01'))).to.deep.equal([
        'sources[0].date: must be a date written YYYY-MM-DD, got "2025-13-01"',
      ]);
    });

    it('source URLs that are not http(s), such as javascript:', () => {
      expect(errorsAfter((d) => (d.sources[0].url = 'javascript:alert(1)'))).to.deep.equal([
        'sources[0].url: must be a web address starting with https:// or http://, got "javascript:alert(1)"',
      ]);
    });

    it('malformed ids and texts', () => {
      expect(errorsAfter((d) => (d.figures[0].id = 'has space'))).to.deep.equal([
        'figures[0].id: must be an id (letters, digits, "-" or "_"), got "has space"',
      ]);
      const text = 'must be a non-empty text, or a map from language tag to text such as {"en": "…", "ar": "…"}';
      expect(errorsAfter((d) => (d.title = ''))).to.deep.equal([`title: ${text}, got ""`]);
      expect(errorsAfter((d) => (d.title = 5))).to.deep.equal([`title: ${text}, got 5`]);
      expect(errorsAfter((d) => (d.title = { 'not a tag': 'x' }))).to.deep.equal([`title["not a tag"]: ${text}, got "not a tag"`]);
      expect(errorsAfter((d) => (d.title = {}))).to.deep.equal([`title: ${text}, got an object`]);
      expect(errorsAfter((d) => (d.lang = 'english language'))).to.deep.equal([
        'lang: must be a language tag such as "en" or "ar", got "english language"',
      ]);
    });

    it('lists that are not lists', () => {
      expect(errorsAfter((d) => (d.figures = {}))).to.deep.equal(['figures: must be a list of figures, got an object']);
      expect(errorsAfter((d) => (d.sources = 'a'))).to.deep.equal(['sources: must be a list of sources, got "a"']);
    });

    it('ids used twice', () => {
      expect(errorsAfter((d) => (d.sources[1].id = 'a'))).to.include('sources[1].id: "a" is used twice: ids must be unique');
      expect(errorsAfter((d) => (d.figures[1].id = 'living'))).to.include('figures[1].id: "living" is used twice: ids must be unique');
      expect(errorsAfter((d) => (d.sides[1].id = 'one'))).to.include('sides[1].id: "one" is used twice: ids must be unique');
    });

    it('unsourced figures, events and contributors, and unknown sources', () => {
      expect(errorsAfter((d) => (d.figures[0].sources = []))).to.deep.equal([
        'figures[0].sources: must name at least one source: no figure is shown unsourced',
      ]);
      expect(errorsAfter((d) => (d.figures[2].sources = ['a', 'nope']))).to.deep.equal([
        'figures[2].sources[1]: names the source "nope", which is not in sources',
      ]);
      expect(errorsAfter((d) => (d.events[0].sources = []))).to.deep.equal([
        'events[0].sources: must name at least one source: no figure is shown unsourced',
      ]);
      expect(errorsAfter((d) => (d.contributors.countries[1].sources = ['zz']))).to.deep.equal([
        'contributors.countries[1].sources[0]: names the source "zz", which is not in sources',
      ]);
    });

    it('figures on a side that does not exist', () => {
      expect(errorsAfter((d) => (d.figures[0].side = 'three'))).to.deep.equal(['figures[0].side: names the side "three", which is not in sides']);
      expect(errorsAfter((d) => delete d.sides)).to.include('figures[0].side: names the side "one", but the dataset lists no sides');
    });

    it('events of unknown figures, wrong running totals, and totals exceeded', () => {
      expect(errorsAfter((d) => (d.events[1].figure = 'ghost'))).to.deep.equal(['events[1].figure: names the figure "ghost", which is not in figures']);
      expect(errorsAfter((d) => (d.events[1].cumulative = 8))).to.deep.equal([
        'events[1].cumulative: must equal the running total of the events so far (7), got 8',
      ]);
      expect(
        errorsAfter((d) => d.events.push({ date: '2025-10-20', figure: 'remains', value: 22, sources: ['a'] })),
      ).to.deep.equal(["events[2].value: brings the running total to 29, above the figure's total of 28"]);
    });

    it('running totals in date order, whatever the order of the list', () => {
      const data = clone(validDataset()) as Loose;
      data.events.reverse();
      expect(validateDataset(data).errors).to.deep.equal([]);
    });

    it('contributors with bad or repeated country codes, statuses and figures', () => {
      expect(errorsAfter((d) => (d.contributors.countries[0].country = 'idn'))).to.deep.equal([
        'contributors.countries[0].country: must be an ISO 3166 alpha-3 country code such as "IDN", got "idn"',
      ]);
      expect(errorsAfter((d) => (d.contributors.countries[0].country = 'XYZ'))).to.deep.equal([
        'contributors.countries[0].country: "XYZ" is not an ISO 3166 alpha-3 country code',
      ]);
      expect(errorsAfter((d) => (d.contributors.countries[1].country = 'IDN'))).to.deep.equal([
        'contributors.countries[1].country: lists "IDN" a second time',
      ]);
      expect(errorsAfter((d) => (d.contributors.countries[0].status = 'maybe'))).to.deep.equal([
        'contributors.countries[0].status: must be one of confirmed, in-talks, supporting, declined, got "maybe"',
      ]);
      expect(errorsAfter((d) => (d.contributors.countries[1].figure.value = '200'))).to.deep.equal([
        'contributors.countries[1].figure.value: must be a number ≥ 0, got "200"',
      ]);
      expect(errorsAfter((d) => delete d.contributors.complete)).to.deep.equal(['contributors.complete: is required']);
      expect(errorsAfter((d) => (d.contributors.complete = 'no'))).to.deep.equal(['contributors.complete: must be true or false, got "no"']);
    });

    it('focus points off the globe', () => {
      expect(errorsAfter((d) => (d.focus[0].longitude = 200))).to.deep.equal(['focus[0].longitude: must be a longitude between -180 and 180, got 200']);
      expect(errorsAfter((d) => (d.focus[0].latitude = -91))).to.deep.equal(['focus[0].latitude: must be a latitude between -90 and 90, got -91']);
    });

    it('every problem at once', () => {
      const lines = errorsAfter((d) => {
        d.figures[0].value = 'x';
        d.figures[1].qualifier = 'y';
        d.asOf = 'z';
        d.focus[0].latitude = 100;
      });
      expect(lines).to.have.length(4);
    });
  });
});

describe('formatPath()', () => {
  it('writes paths as a person reads JSON', () => {
    expect(formatPath([])).to.equal('dataset');
    expect(formatPath(['figures', 2, 'value'])).to.equal('figures[2].value');
    expect(formatPath(['title', 'zh-Hant'])).to.equal('title["zh-Hant"]');
  });
});

// The type is exported for users; this keeps the fixture honest against it.
const typed: Dataset = validDataset();
void typed;
