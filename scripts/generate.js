// npm run generate: rewrites the committed files that are generated from the sources, after
// a build: exchange-dataset.schema.json (from src/data/schema.ts) and the reference section
// of README.md (from custom-elements.json). Tests fail while either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from './reference.js';

const at = (path) => new URL(`../${path}`, import.meta.url);
const { datasetJsonSchema } = await import('../lib/data/json-schema.js');
writeFileSync(at('exchange-dataset.schema.json'), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8'));
writeFileSync(at('README.md'), withReference(readFileSync(at('README.md'), 'utf8'), manifest));
console.log('generate: exchange-dataset.schema.json and the README reference written');
