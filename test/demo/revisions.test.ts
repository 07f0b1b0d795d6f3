import { expect } from '@open-wc/testing';
import { addAnnotation, describeUpdates, recordUpdate } from '../../demo/builder/revisions.js';
import { validateDataset } from '../../src/data/validate.js';
import { clone, validDataset } from '../helpers/fixtures.js';

// The builder edits a figure's updates and the annotations as changes to the JSON, which then
// validates like any dataset.

describe('the builder’s updates and notes', () => {
  it('recordUpdate() makes the current value an earlier state and takes the new one', () => {
    const json = clone(validDataset()) as Record<string, any>;
    const out = recordUpdate(json, { figure: 'remains', value: 9, date: '2025-10-20', sources: ['b'] });
    expect(json.figures[1].revisions, 'the input is left as it was').to.equal(undefined);
    expect(out.figures[1]).to.deep.include({ value: 9, asOf: '2025-10-20', sources: ['b'], total: 28 });
    expect(out.figures[1].revisions).to.deep.equal([{ date: '2025-10-16', value: 7, total: 28, qualifier: 'exact', sources: ['a'] }]);
    expect(out.asOf).to.equal('2025-10-20');
    const result = validateDataset(out);
    expect(result.errors).to.deep.equal([]);
    expect(describeUpdates(out)).to.deep.equal(['remains: 7 (2025-10-16) → 9 (2025-10-20)']);
  });

  it('recordUpdate() takes the new value’s qualifier: an exact count replaces "nearly 2,000"', () => {
    const out = recordUpdate(clone(validDataset()) as Record<string, any>, { figure: 'detainees', value: 1968, qualifier: 'exact', date: '2025-10-20' });
    expect(out.figures[2]).to.deep.include({ value: 1968, qualifier: 'exact' });
    expect(out.figures[2].approximation).to.equal(undefined);
    expect(out.figures[2].revisions[0]).to.deep.include({ value: 2000, qualifier: 'approximate', approximation: 'nearly' });
    expect(validateDataset(out).errors).to.deep.equal([]);
  });

  it('addAnnotation() adds a note that validates, or one whose problem the editor is shown', () => {
    const json = clone(validDataset()) as Record<string, any>;
    const out = addAnnotation(json, { text: 'Ceasefire takes effect', date: '2025-10-10', figures: undefined, sources: ['a'] });
    expect(out.annotations).to.deep.equal([{ text: 'Ceasefire takes effect', date: '2025-10-10', sources: ['a'] }]);
    expect(validateDataset(out).errors).to.deep.equal([]);
    expect(describeUpdates(out)).to.deep.equal(['Note 2025-10-10: Ceasefire takes effect']);
    const nowhere = addAnnotation(json, { text: 'Nowhere', sources: [] });
    expect(validateDataset(nowhere).errors.map((p) => p.path)).to.deep.equal(['annotations[0]']);
  });
});
