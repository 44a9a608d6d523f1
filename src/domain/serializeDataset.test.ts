import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseDataset } from './parseDataset';
import { datasetToInput } from './serializeDataset';

it('writes a parsed dataset back so that it reads the same, story included', () => {
  const raw = JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8'));
  const first = parseDataset(raw);
  const again = parseDataset(JSON.parse(JSON.stringify(datasetToInput(first.value!))));
  expect(again.problems).toEqual([]);
  expect(again.value).toEqual(first.value);
  expect(again.value?.scenes?.length).toBeGreaterThan(0);
});
