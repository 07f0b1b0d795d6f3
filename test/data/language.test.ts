import { expect } from '@open-wc/testing';
import { isolate, joinList, listParts } from '../../src/data/list.js';
import { sourceName } from '../../src/data/sources.js';
import { localText, resolveText } from '../../src/data/text.js';
import { validDataset } from '../helpers/fixtures.js';

describe('localText()', () => {
  it('marks a text with its language only when it is not the reader\'s', () => {
    expect(localText('Living captives released', 'ar', 'en')).to.deep.equal({ text: 'Living captives released', lang: 'en' });
    expect(localText('Living captives released', 'en-GB', 'en')).to.deep.equal({ text: 'Living captives released' });
    // A plain string in a dataset that does not say its language: nothing to mark.
    expect(localText('Living captives released', 'ar')).to.deep.equal({ text: 'Living captives released' });
  });

  it('gives a translated text the language of the entry chosen, as resolveText() picks it', () => {
    const text = { en: 'Sources', ar: 'المصادر', 'fr-CA': 'Sources (CA)' };
    expect(localText(text, 'ar', 'en')).to.deep.equal({ text: 'المصادر' });
    expect(localText(text, 'he', 'en')).to.deep.equal({ text: 'Sources', lang: 'en' });
    expect(localText(text, 'fr', 'en')).to.deep.equal({ text: 'Sources (CA)' });
    for (const locale of ['ar', 'he', 'fr', 'de']) expect(localText(text, locale, 'en').text).to.equal(resolveText(text, locale, 'en'));
  });
});

describe('sourceName()', () => {
  it('is the one way from a source id to the name shown, with its language', () => {
    const dataset = validDataset();
    dataset.sources[1].name = { en: 'Source B', he: 'מקור ב' };
    expect(sourceName(dataset, 'a', 'ar')).to.deep.equal({ text: 'Source A', lang: 'en' });
    expect(sourceName(dataset, 'b', 'he')).to.deep.equal({ text: 'מקור ב' });
    expect(sourceName(dataset, 'b', 'en')).to.deep.equal({ text: 'Source B' });
    // An id the dataset does not list is still cited, by its id.
    expect(sourceName(dataset, 'missing', 'ar')).to.deep.equal({ text: 'missing' });
  });
});

describe('listParts() and joinList()', () => {
  it('join with the words of the reader\'s language, the list word apart from the items', () => {
    expect(listParts(3, 'ar')).to.deep.equal([{ item: 0 }, { literal: ' و' }, { item: 1 }, { literal: ' و' }, { item: 2 }]);
    expect(listParts(2, 'en')).to.deep.equal([{ item: 0 }, { literal: ' and ' }, { item: 1 }]);
    expect(listParts(3, 'ar', 'separator')).to.deep.equal([{ item: 0 }, { literal: '؛ ' }, { item: 1 }, { literal: '؛ ' }, { item: 2 }]);
    expect(listParts(2, 'fr', 'separator')).to.deep.equal([{ item: 0 }, { literal: ' ; ' }, { item: 1 }]);
    expect(listParts(1, 'he')).to.deep.equal([{ item: 0 }]);
    expect(listParts(0, 'he')).to.deep.equal([]);
  });

  it('isolate each item in plain text, so "و" does not stick to an English label and U+202E ends with its item', () => {
    expect(joinList(['20', 'Remains returned'], 'ar')).to.equal(`${isolate('20')} و${isolate('Remains returned')}`);
    expect(joinList(['Daily \u202e', 'IANS'], 'ar', 'separator')).to.equal('\u2068Daily \u202e\u2069؛ \u2068IANS\u2069');
  });
});
