import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, TextSchema } from './schema.js';

/**
 * The JSON Schema of a dataset, derived from the same valibot schema that validates at run
 * time. Published as `exchange-dataset.schema.json` so that editors offer completion.
 * Rules JSON Schema cannot say (references between ids, running totals) live in validate.ts.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore', definitions: { Text: TextSchema } }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/exchange-charts/exchange-dataset.schema.json',
    ...schema,
  };
}
