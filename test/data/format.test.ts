import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, formatQuantity, isApproximate } from '../../src/data/format.js';
import { isRtl, resolveLocale, canonicalLocale } from '../../src/data/locale.js';
import { MESSAGES, message, messagesFor } from '../../src/data/messages.js';
import { resolveText } from '../../src/data/text.js';

describe('formatQuantity()', () => {
  it('writes each qualifier in English', () => {
    expect(formatQuantity({ value: 20, qualifier: 'exact' }, 'en')).to.equal('20');
    expect(formatQuantity({ value: 2000, qualifier: 'approximate', approximation: 'nearly' }, 'en')).to.equal('nearly 2,000');
    expect(formatQuantity({ value: 2000, qualifier: 'approximate' }, 'en')).to.equal('about 2,000');
    expect(formatQuantity({ value: 2000, qualifier: 'approximate', approximation: 'over' }, 'en')).to.equal('more than 2,000');
    expect(formatQuantity({ value: 200, qualifier: 'up-to' }, 'en', 'troops')).to.equal('up to 200 troops');
    expect(formatQuantity({ value: 5, qualifier: 'at-least' }, 'en')).to.equal('at least 5');
    expect(formatQuantity({ value: 7, total: 28, qualifier: 'exact' }, 'en')).to.equal('7 of 28');
    expect(formatQuantity({ value: 7, total: 28, qualifier: 'at-least' }, 'en')).to.equal('at least 7 of 28');
  });

  it('never writes an approximate figure as a bare number, in any language the library speaks', () => {
    for (const locale of Object.keys(MESSAGES)) {
      const bare = formatNumber(2000, locale);
      const text = formatQuantity({ value: 2000, qualifier: 'approximate', approximation: 'nearly' }, locale);
      expect(text, locale).to.not.equal(bare);
      expect(text, locale).to.contain(bare);
    }
  });

  it('writes numbers and qualifiers in French, German, Arabic, Hebrew, Spanish and Indonesian', () => {
    const nbsp = /[\u00a0\u202f]/g;
    expect(formatQuantity({ value: 2000, qualifier: 'approximate', approximation: 'nearly' }, 'fr').replace(nbsp, ' ')).to.equal('près de 2 000');
    expect(formatQuantity({ value: 200, qualifier: 'up-to' }, 'de')).to.equal('bis zu 200');
    expect(formatQuantity({ value: 7, total: 28, qualifier: 'exact' }, 'es')).to.equal('7 de 28');
    expect(formatQuantity({ value: 5, qualifier: 'at-least' }, 'id')).to.equal('setidaknya 5');
    expect(formatQuantity({ value: 7, total: 28, qualifier: 'exact' }, 'he')).to.equal('7 מתוך 28');
    const arabic = formatQuantity({ value: 2000, qualifier: 'approximate', approximation: 'nearly' }, 'ar');
    expect(arabic.startsWith('ما يقرب من ')).to.equal(true);
    expect(arabic).to.contain(formatNumber(2000, 'ar'));
  });

  it('falls back to English words for a language it does not have, with that locale’s numbers', () => {
    expect(formatQuantity({ value: 2000, qualifier: 'up-to' }, 'hi-IN')).to.equal(`up to ${formatNumber(2000, 'hi-IN')}`);
  });

  it('isApproximate() is true for every qualifier but exact', () => {
    expect(isApproximate({ qualifier: 'exact' })).to.equal(false);
    for (const q of ['approximate', 'up-to', 'at-least'] as const) expect(isApproximate({ qualifier: q })).to.equal(true);
  });
});

describe('formatDate()', () => {
  it('writes a calendar day in the locale, whatever the time zone', () => {
    expect(formatDate('2025-10-16', 'en')).to.equal('October 16, 2025');
    expect(formatDate('2025-10-16', 'en-GB')).to.equal('16 October 2025');
    expect(formatDate('2025-10-16', 'fr')).to.equal('16 octobre 2025');
    expect(formatDate('2025-10-16', 'de')).to.equal('16. Oktober 2025');
    expect(formatDate('2026-01-01', 'en', 'medium')).to.equal('Jan 1, 2026');
  });
});

describe('messages', () => {
  it('exist in English, Arabic, Hebrew, French, German, Spanish and Indonesian', () => {
    expect(Object.keys(MESSAGES).sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'he', 'id']);
  });

  it('have every key and the same placeholders in every language', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      expect(Object.keys(messages).sort(), lang).to.deep.equal(Object.keys(MESSAGES.en).sort());
      for (const [key, text] of Object.entries(messages)) {
        // A line missing from a language's list would leave its last key without words.
        expect(text, `${lang}.${key}`).to.be.a('string').and.not.equal('');
        expect(placeholders(text), `${lang}.${key}`).to.equal(placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en]));
      }
    }
  });

  it('are chosen by base language, with old tags and an English fallback', () => {
    expect(messagesFor('fr-CA')).to.equal(MESSAGES.fr);
    expect(messagesFor('iw')).to.equal(MESSAGES.he);
    expect(messagesFor('in-ID')).to.equal(MESSAGES.id);
    expect(messagesFor('sw')).to.equal(MESSAGES.en);
    expect(message('de', 'asOf', { date: 'heute' })).to.equal('Stand: heute');
  });
});

describe('resolveText()', () => {
  const text = { en: 'Sources', 'fr-CA': 'Sources (CA)', ar: 'المصادر' };
  it('picks the exact tag, then the base language, then the dataset’s language, then English', () => {
    expect(resolveText(text, 'ar')).to.equal('المصادر');
    expect(resolveText(text, 'ar-EG')).to.equal('المصادر');
    expect(resolveText(text, 'fr')).to.equal('Sources (CA)');
    expect(resolveText({ de: 'Quellen', it: 'Fonti' }, 'ja', 'it')).to.equal('Fonti');
    expect(resolveText(text, 'ja')).to.equal('Sources');
    expect(resolveText({ de: 'Quellen' }, 'ja')).to.equal('Quellen');
    expect(resolveText('plain', 'ar')).to.equal('plain');
    expect(resolveText(undefined, 'ar')).to.equal('');
  });
});

describe('locale', () => {
  it('knows which languages are written right to left', () => {
    for (const tag of ['ar', 'he', 'fa-IR', 'ur', 'AR-eg']) expect(isRtl(tag), tag).to.equal(true);
    for (const tag of ['en', 'fr', 'id', 'de']) expect(isRtl(tag), tag).to.equal(false);
  });

  it('canonicalises tags and rejects malformed ones', () => {
    expect(canonicalLocale('EN-gb')).to.equal('en-GB');
    expect(canonicalLocale('not a tag')).to.equal(undefined);
    expect(canonicalLocale('')).to.equal(undefined);
  });

  it('resolves from the element, then the nearest lang, through shadow roots, else English', () => {
    const outer = document.createElement('div');
    outer.lang = 'he';
    const host = document.createElement('div');
    outer.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    document.body.append(outer);
    try {
      expect(resolveLocale(inner)).to.equal('he');
      expect(resolveLocale(inner, 'fr')).to.equal('fr');
      expect(resolveLocale(inner, 'bad tag')).to.equal('he');
      outer.lang = '';
      const pageLang = document.documentElement.lang;
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(inner)).to.equal('en');
      document.documentElement.lang = pageLang;
    } finally {
      outer.remove();
    }
  });
});
