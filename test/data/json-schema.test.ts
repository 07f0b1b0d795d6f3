import { expect } from '@open-wc/testing';
import { datasetJsonSchema } from '../../src/data/json-schema.js';

describe('exchange-dataset.schema.json', () => {
  it('is the JSON Schema of the valibot schema (run `npm run generate` after changing src/data/schema.ts)', async () => {
    const published = await (await fetch('/exchange-dataset.schema.json')).json();
    expect(published).to.deep.equal(datasetJsonSchema());
  });

  it('describes the fields an editor completes, with qualifiers as an enum', async () => {
    const schema = datasetJsonSchema() as any;
    expect(schema.required).to.include.members(['title', 'asOf', 'sources', 'figures']);
    const figure = schema.properties.figures.items;
    expect(figure.properties.qualifier.enum).to.deep.equal(['exact', 'approximate', 'up-to', 'at-least']);
    expect(figure.required).to.include.members(['id', 'label', 'value', 'qualifier', 'sources']);
  });
});
