import { expect } from '@open-wc/testing';
import { contributorTable, incompleteNote, keyedStatuses, labelText, mapSummary, markName } from '../../src/contributor-map/model.js';
import type { Dataset } from '../../src/data/schema.js';
import { validDataset } from '../helpers/fixtures.js';

// What the map says, in the reader's language, with no DOM.

const usa = (d: Dataset) => d.contributors!.countries[1];

describe('the map’s model', () => {
  it('labelText(): the name, and the figure with its qualifier when there is one', () => {
    const d = validDataset();
    expect(labelText(usa(d), d, 'en')).to.deep.equal({ text: 'United States: up to 200 troops' });
    expect(labelText(d.contributors!.countries[0], d, 'fr')).to.deep.equal({ text: 'Indonésie' });
  });

  it('markName(): name, status and figure, apart by the language’s separator', () => {
    const d = validDataset();
    expect(markName(usa(d), d, 'en')).to.equal('United States; Supporting, not deploying; up to 200 troops');
    expect(markName(usa(d), d, 'ar')).to.equal('الولايات المتحدة؛ دعم دون انتشار؛ ما يصل إلى 200 troops');
  });

  it('mapSummary(): counts by status and the points marked; the dataset’s description instead when it has one', () => {
    const d = validDataset();
    expect(mapSummary(d, ['Gaza Strip'], 'en')).to.equal('Countries named: 2. In talks: 1; Supporting, not deploying: 1. Marked on the map: ⁨Gaza Strip⁩.');
    d.description = 'Hand-written.';
    expect(mapSummary(d, ['Gaza Strip'], 'en')).to.equal('Hand-written.');
  });

  it('incompleteNote(): ours by default, the dataset’s with its language, none when complete', () => {
    const d = validDataset();
    expect(incompleteNote(d, 'en')).to.equal('and others not named');
    d.contributors!.note = 'among others';
    expect(incompleteNote(d, 'fr')).to.deep.equal({ text: 'among others', lang: 'en' });
    d.contributors!.complete = true;
    expect(incompleteNote(d, 'en')).to.equal(undefined);
  });

  it('keyedStatuses(): only the statuses drawn, in the fixed order', () => {
    const d = validDataset();
    expect(keyedStatuses([usa(d), d.contributors!.countries[0]])).to.deep.equal(['in-talks', 'supporting']);
  });

  it('contributorTable(): every listed country, figure with its qualifier, sources by name', () => {
    const d = validDataset();
    const { columns, rows } = contributorTable(d, 'en');
    expect(columns.map((c) => c.label)).to.deep.equal(['Country', 'Status', 'Figure', 'Note', 'Sources']);
    expect(rows.slice(0, 2)[1]).to.deep.equal([{ text: 'United States' }, 'Supporting, not deploying', 'up to 200 troops', { text: '' }, [{ text: 'Source B' }]]);
  });
});
