import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../domain/dataset';
import { parseDataset } from '../../domain/parseDataset';
import { parseTags } from '../eventFields/TagsField';
import { changedFields } from './changedFields';

const { value } = parseDataset({
  format: 'sourceline/dataset', version: 1, sources: [], actors: [{ id: 'ru', name: 'Russia', aliases: [] }, { id: 'kp', name: 'DPRK', aliases: [] }],
  events: [{ id: 'e', title: 'Call', when: '2025-08-12', kind: 'occurrence', actors: ['ru'], tags: ['call'], note: 'n' }],
});
const event = indexDataset(value!).eventById.get('e')!;
const same = { title: 'Call', when: '2025-08-12', kind: 'occurrence' as const, actors: ['ru'], tags: ['call'], relations: [], description: '', note: 'n' };

describe('an edit saves only what changed', () => {
  it('nothing changed is an empty edit, whitespace included', () => {
    expect(changedFields(event, { ...same, title: ' Call ', note: 'n ' })).toEqual({});
  });
  it('names each changed field, lists compared in order, an emptied note removed', () => {
    expect(changedFields(event, { ...same, when: '2025-08', actors: ['ru', 'kp'], note: '', relations: [{ type: 'reports', target: 'x' }] })).toEqual({
      when: '2025-08', actors: ['ru', 'kp'], note: '', relations: [{ type: 'reports', target: 'x' }],
    });
  });
});

describe('tags typed as one line', () => {
  it('splits on commas, trims, drops empties and repeats', () => {
    expect(parseTags(' treaty, call ,, treaty,  ')).toEqual(['treaty', 'call']);
    expect(parseTags('')).toEqual([]);
  });
});
