import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('parseDataset', () => {
  it('keeps the good events of a partly bad file and names every problem with its path', () => {
    const { value, problems } = parseDataset(fixture('partly-bad.json'));
    expect(value?.events.map((e) => e.id)).toEqual(['treaty', 'good']);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath['sources[1].id']?.message).toContain('duplicate source id "s1"');
    expect(byPath['sources[2].id']?.severity).toBe('error');
    expect(byPath['events[2].when']?.message).toContain('day 30 does not exist');
    expect(byPath['events[3].evidence[0].quote']?.message).toContain('the text there is "On 12"');
    expect(byPath['events[4].evidence[0].sourceId']?.message).toContain('no source with id "nope"');
    expect(byPath['events[5].evidence[0]']?.message).toContain('outside the source text');
    expect(byPath['events[6].id']?.message).toContain('duplicate event id "good"');
    expect(byPath['events[7].id']).toBeDefined();
    expect(byPath['events[8].kind']).toBeDefined();
    expect(byPath['events[9]']).toBeDefined();
    expect(byPath['events[0].actors']).toMatchObject({ severity: 'warning', message: expect.stringContaining('ghost') });
    expect(byPath['events[0].relations']).toMatchObject({ severity: 'warning', message: expect.stringContaining('missing') });
  });

  it('repairs what it can: unknown actors and dangling relations are dropped, the rest kept', () => {
    const { value } = parseDataset(fixture('partly-bad.json'));
    const good = value?.events.find((e) => e.id === 'good');
    expect(good?.actors).toEqual(['a']);
    expect(good?.relations).toEqual([{ type: 'follows', target: 'treaty' }]);
  });

  it('sorts events in time order', () => {
    const { value } = parseDataset(fixture('partly-bad.json'));
    const refs = value!.events.map((e) => e.extent.reference);
    expect(refs).toEqual([...refs].sort((a, b) => a - b));
  });

  it.each([
    [null, '(root)', 'expected a JSON object'],
    [[], '(root)', 'expected a JSON object'],
    [{ format: 'other', version: 1, sources: [], events: [] }, 'format', 'not a Sourceline dataset'],
    [{ format: 'sourceline/dataset', version: 2, sources: [], events: [] }, 'version', 'unsupported version'],
    [{ format: 'sourceline/dataset', version: 1, sources: [], events: {} }, 'events', '"events" must be a list'],
  ])('rejects an unusable file %j with a reason', (input, path, message) => {
    const { value, problems } = parseDataset(input);
    expect(value).toBeNull();
    expect(problems).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(message) }));
  });

  it('fills defaults for optional lists and the review status', () => {
    const { value, problems } = parseDataset({
      format: 'sourceline/dataset',
      version: 1,
      sources: [],
      events: [{ id: 'e', title: 'T', when: '2025', kind: 'occurrence' }],
    });
    expect(problems).toEqual([]);
    expect(value?.events[0]).toMatchObject({ actors: [], tags: [], evidence: [], relations: [], review: { status: 'unreviewed' } });
  });
});
