import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../domain/dataset';
import { parseDataset } from '../domain/parseDataset';
import { NO_FILTERS } from '../domain/search';
import { dropUnknownFilterIds } from './unknownUrlFilters';

const index = indexDataset(parseDataset(JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8'))).value!);

describe('dropUnknownFilterIds', () => {
  it('drops actor and source ids the dataset does not have, naming each', () => {
    const actor = index.dataset.actors[0]!.id;
    const { filters, problems } = dropUnknownFilterIds({ ...NO_FILTERS, actors: [actor, 'ghost'], sources: ['nowhere'] }, index);
    expect(filters.actors).toEqual([actor]);
    expect(filters.sources).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['?actor', '?source']);
    expect(problems[0]!.message).toContain('no actor "ghost"');
    expect(problems[1]!.message).toContain('no source "nowhere"');
  });

  it('leaves known filters as they are (the same object)', () => {
    const known = { ...NO_FILTERS, actors: [index.dataset.actors[0]!.id] };
    expect(dropUnknownFilterIds(known, index)).toEqual({ filters: known, problems: [] });
  });
});
