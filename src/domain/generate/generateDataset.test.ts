import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parseDataset';
import type { DatasetInput } from '../schema';
import { actorCountFor, generateDataset, validateGenerateOptions } from './generateDataset';
import { createRandom } from './random';
import { EMPTY_GAP } from './timeModel';

function parsed(input: DatasetInput) {
  // Through JSON, as a file would be read.
  return parseDataset(JSON.parse(JSON.stringify(input)));
}

describe('generateDataset', () => {
  const input = generateDataset({ events: 1500, seed: 42 });
  const { value, problems } = parsed(input);

  it('writes a dataset that parses with no problems at all', () => {
    expect(problems).toEqual([]);
    expect(value?.events).toHaveLength(1500);
  });

  it('gives every evidence span exactly the text it quotes', () => {
    const texts = new Map(input.sources.map((s) => [s.id, s.text]));
    for (const event of input.events) {
      expect(event.evidence?.length).toBeGreaterThan(0);
      for (const ev of event.evidence ?? []) expect(texts.get(ev.sourceId)!.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });

  it('is deterministic: the same seed gives the same file, another seed another', () => {
    expect(JSON.stringify(generateDataset({ events: 1500, seed: 42 }))).toBe(JSON.stringify(input));
    expect(JSON.stringify(generateDataset({ events: 1500, seed: 43 }))).not.toBe(JSON.stringify(input));
  });

  it('covers every kind, precision and form of uncertainty', () => {
    const events = value!.events;
    const kinds = new Set(events.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['anniversary', 'occurrence', 'report']);
    const precisions = new Set(events.map((e) => e.extent.precision));
    expect([...precisions].sort()).toEqual(['day', 'minute', 'month', 'year']);
    const shapes = new Set(events.map((e) => e.when.type));
    expect([...shapes].sort()).toEqual(['bounded', 'point', 'span']);
    const edtf = events.map((e) => e.edtf);
    expect(edtf.some((s) => s.endsWith('~'))).toBe(true);
    expect(edtf.some((s) => s.startsWith('[..'))).toBe(true);
    expect(edtf.some((s) => /^\[\d.*\.\.\]$/.test(s))).toBe(true);
    expect(edtf.some((s) => /T\d\d:\d\d[+-]\d\d:\d\d$/.test(s))).toBe(true);
    expect(events.some((e) => e.relations.length > 0)).toBe(true);
    expect(events.some((e) => e.evidence.length > 1)).toBe(true);
  });

  it('spreads events over decades and leaves the gap empty', () => {
    const events = value!.events;
    const first = events[0]!.extent.reference;
    const last = events.at(-1)!.extent.reference;
    expect(new Date(last).getUTCFullYear() - new Date(first).getUTCFullYear()).toBeGreaterThanOrEqual(30);
    const inGap = events.filter((e) => e.extent.end > EMPTY_GAP.start && e.extent.start < EMPTY_GAP.end);
    expect(inGap.map((e) => e.edtf)).toEqual([]);
  });

  it('uses several sources in both languages and 8–20 actors as lanes', () => {
    expect(input.sources.length).toBeGreaterThanOrEqual(3);
    expect(new Set(input.sources.map((s) => s.language))).toEqual(new Set(['en', 'ru']));
    expect(input.actors?.length).toBe(actorCountFor(1500));
    const used = new Set(value!.events.flatMap((e) => e.actors));
    expect(used.size).toBe(input.actors?.length);
  });

  it('still makes a valid dataset from a single event', () => {
    const one = parsed(generateDataset({ events: 1, seed: 7 }));
    expect(one.problems).toEqual([]);
    expect(one.value?.events).toHaveLength(1);
  });
});

describe('actorCountFor', () => {
  it('grows from 8 to at most 20 lanes', () => {
    expect(actorCountFor(10)).toBe(8);
    expect(actorCountFor(10_000)).toBeGreaterThan(actorCountFor(1_000));
    expect(actorCountFor(2_000_000)).toBeLessThanOrEqual(20);
  });
});

describe('validateGenerateOptions', () => {
  it('names what is wrong', () => {
    expect(validateGenerateOptions({ events: 10, seed: 1 })).toEqual([]);
    expect(validateGenerateOptions({ events: 0, seed: 1 })[0]).toMatch(/events must be an integer/);
    expect(validateGenerateOptions({ events: 2.5, seed: -1 })).toHaveLength(2);
    expect(() => generateDataset({ events: Number.NaN, seed: 1 })).toThrow(RangeError);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
