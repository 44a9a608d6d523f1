import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { datasetJsonSchema } from './schema';

it('ships a JSON Schema that matches the zod definition (run `npm run schema` after changing it)', () => {
  const shipped = JSON.parse(readFileSync(new URL('../../public/schema/dataset.schema.json', import.meta.url), 'utf8'));
  expect(shipped).toEqual(datasetJsonSchema());
});
