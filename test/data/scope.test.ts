import { expect } from '@open-wc/testing';
import { headingFor, notesFor, sourcesFor, type DrawnScope } from '../../src/data/scope.js';
import type { Dataset } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { clone, validDataset } from '../helpers/fixtures.js';

// What a drawing says around itself: only the notes and sources of what it draws.

const scoped = (): Dataset => {
  const d = clone(validDataset()) as Dataset;
  d.subtitle = { text: 'Captives and detainees', figures: ['living', 'remains', 'detainees'] };
  d.notes = ['Compiled from wire reports.', { text: 'The detainee count is approximate.', figures: ['detainees'] }, { text: 'The list is incomplete.', element: 'contributor-map' }];
  d.views = { map: { title: 'Contributors', subtitle: 'Countries named' } };
  return d;
};
const bars = (figures: string[]): DrawnScope => ({ element: 'exchange-chart', view: 'bars', figures });
const map: DrawnScope = { element: 'contributor-map', view: 'map', figures: [], contributors: true };
const names = (d: Dataset, scope: DrawnScope) => sourcesFor(d, scope).map((s) => s.name);

describe('what a drawing says around itself', () => {
  it('the scoped dataset is valid, and names that do not resolve are errors', () => {
    expect(validateDataset(scoped()).errors).to.deep.equal([]);
    const bad = scoped() as any;
    bad.notes[1].figures = ['detainees', 'nobody'];
    bad.views.timeline = { subtitle: { text: 'x', figures: ['ghost'] } };
    expect(validateDataset(bad).errors.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'notes[1].figures[1]: names the figure "nobody", which is not in figures',
      'views.timeline.subtitle.figures[0]: names the figure "ghost", which is not in figures',
    ]);
  });

  it('a note about a figure is shown only when that figure is drawn', () => {
    expect(notesFor(scoped(), bars(['living', 'remains', 'detainees']))).to.deep.equal(['Compiled from wire reports.', 'The detainee count is approximate.']);
    expect(notesFor(scoped(), bars(['remains']))).to.deep.equal(['Compiled from wire reports.']);
    expect(notesFor(scoped(), map)).to.deep.equal(['Compiled from wire reports.', 'The list is incomplete.']);
  });

  it('a subtitle that names figures is shown only when all of them are drawn', () => {
    expect(headingFor(scoped(), bars(['living', 'remains', 'detainees']))).to.deep.equal({ title: 'Exchange', subtitle: 'Captives and detainees' });
    expect(headingFor(scoped(), bars(['living', 'remains']))).to.deep.equal({ title: 'Exchange', subtitle: undefined });
  });

  it('the map has its own heading', () => {
    expect(headingFor(scoped(), map)).to.deep.equal({ title: 'Contributors', subtitle: 'Countries named' });
  });

  it('the footer cites the sources of what is drawn, and only those', () => {
    const d = scoped();
    expect(names(d, bars(['living']))).to.deep.equal(['Source A']);
    expect(names(d, bars(['detainees']))).to.deep.equal(['Source A', 'Source B']);
    expect(names(d, map)).to.deep.equal(['Source A', 'Source B']);
    d.contributors!.countries.forEach((c) => (c.sources = ['b']));
    expect(names(d, map)).to.deep.equal(['Source B']);
    expect(names(d, { ...bars(['remains']), view: 'timeline', cites: ['b'] })).to.deep.equal(['Source A', 'Source B']);
  });

  it('plain-text notes and subtitles of older datasets still load and show everywhere', () => {
    const d = clone(validDataset()) as Dataset;
    d.subtitle = 'Old subtitle';
    d.notes = ['Old note'];
    expect(validateDataset(d).errors).to.deep.equal([]);
    expect(headingFor(d, bars(['living'])).subtitle).to.equal('Old subtitle');
    expect(notesFor(d, map)).to.deep.equal(['Old note']);
  });
});
