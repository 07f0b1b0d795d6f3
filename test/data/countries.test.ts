import { expect } from '@open-wc/testing';
import { countryByAlpha3, countryName } from '../../src/data/countries.js';

// src/data/countries.ts carries the ISO 3166-1 codes packed (scripts/gen-countries.js): each
// country of i18n-iso-countries comes out of it with its three codes as the package lists them.
describe('countryByAlpha3()', () => {
  it('gives every ISO 3166-1 country its alpha-2, alpha-3 and numeric codes', async () => {
    const codes = (await (await fetch('/node_modules/i18n-iso-countries/codes.json')).json()) as [string, string, string][];
    expect(codes.length).to.be.greaterThan(240);
    for (const [alpha2, alpha3, numeric] of codes) {
      expect(countryByAlpha3(alpha3), alpha3).to.deep.equal({ alpha2, alpha3, numeric });
    }
  });

  it('knows no other code', () => {
    for (const code of ['XXX', 'idn', 'ID', '360', '', 'constructor']) expect(countryByAlpha3(code), code).to.equal(undefined);
  });

  it('names every country in English (en, en-US) as Chromium\'s Intl.DisplayNames does', async () => {
    const codes = (await (await fetch('/node_modules/i18n-iso-countries/codes.json')).json()) as [string, string, string][];
    for (const locale of ['en', 'en-US']) {
      const display = new Intl.DisplayNames([locale], { type: 'region' });
      for (const [alpha2, alpha3] of codes) expect(countryName(alpha3, locale), `${alpha3} in ${locale}`).to.equal(display.of(alpha2));
    }
    // Chromium's own names, where CLDR's differ.
    expect(['PSE', 'HKG', 'MAC', 'FLK'].map((code) => countryName(code, 'en'))).to.deep.equal(['Palestine', 'Hong Kong', 'Macao', 'Falkland Islands (Islas Malvinas)']);
  });

  it('names countries in English without Intl, which a fresh page would start for the first region name', () => {
    const writable = Intl as { DisplayNames: unknown };
    const intl = Intl.DisplayNames;
    writable.DisplayNames = class {
      constructor() {
        throw new Error('Intl.DisplayNames was called');
      }
    };
    try {
      expect(countryName('IDN', 'en')).to.equal('Indonesia');
      expect(countryName('CIV', 'en-US')).to.equal('Côte d’Ivoire');
      expect(() => countryName('IDN', 'de'), 'other languages ask Intl').to.throw('Intl.DisplayNames was called');
    } finally {
      writable.DisplayNames = intl;
    }
    expect(countryName('IDN', 'de')).to.equal('Indonesien');
  });

  it('names a country in the reader\'s language', () => {
    expect(countryName('IDN', 'fr')).to.equal('Indonésie');
    expect(countryName('AUT', 'en')).to.equal('Austria');
    expect(countryName('ATA', 'en')).to.equal('Antarctica');
    expect(countryName('XXX', 'en')).to.equal('XXX');
  });
});
