import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, splitsSurrogatePair } from './parseDataset';

/**
 * Hostile input for the dataset parser: whatever arrives, it returns a value or null
 * plus problems — it never throws, and no span it accepts cuts a character in two.
 */

/** Any UTF-16 code unit, lone surrogates included: what a hostile file can hold. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const oddText = fc.oneof(codeUnits, fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('😀 here.', '👨‍👩‍👧 x', 'a\ud800b', '١٢ مايو'));

const evidence = (sourceIds: string[]) =>
  fc.record({
    sourceId: fc.oneof(fc.constantFrom(...sourceIds), fc.string()),
    start: fc.oneof(fc.nat(60), fc.integer()),
    end: fc.oneof(fc.nat(60), fc.integer()),
    quote: fc.string({ maxLength: 10 }),
  });

/** Datasets that are nearly right, so that the parser's deeper checks run too. */
const nearlyADataset = fc
  .array(fc.record({ id: fc.constantFrom('s1', 's2'), title: fc.string(), language: fc.constantFrom('en', 'ru', 'x'), text: oddText }), { maxLength: 3 })
  .chain((sources) =>
    fc.record({
      format: fc.constantFrom('sourceline/dataset', 'other'),
      version: fc.constantFrom(1, 2, '1'),
      sources: fc.constant(sources),
      events: fc.array(
        fc.record({
          id: fc.oneof(fc.string({ maxLength: 250 }), fc.constant('e'.repeat(201))),
          title: fc.string(),
          when: fc.oneof(fc.constantFrom('2025', '2025-02-30', 'yesterday', '[..2025]', '2024/2025'), fc.string()),
          kind: fc.constantFrom('occurrence', 'report', 'nope'),
          evidence: fc.array(evidence(['s1', 's2']), { maxLength: 3 }),
          relations: fc.array(fc.record({ type: fc.constantFrom('reports', 'bad'), target: fc.string() }), { maxLength: 2 }),
        }),
        { maxLength: 6 },
      ),
    }),
  );

function check(input: unknown): void {
  const { value, problems } = parseDataset(input);
  expect(Array.isArray(problems)).toBe(true);
  for (const p of problems) {
    expect(typeof p.path).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
  if (!value) return;
  const text = new Map(value.sources.map((s) => [s.id, s.text]));
  for (const e of value.events) {
    for (const ev of e.evidence) {
      const t = text.get(ev.sourceId)!;
      expect(splitsSurrogatePair(t, ev.start) || splitsSurrogatePair(t, ev.end)).toBe(false);
      expect(t.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  }
}

describe('parseDataset under hostile input', () => {
  it('returns a value plus problems for any JSON value, never throwing', () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 300 });
  });

  it('returns a value plus problems for nearly-right datasets, and accepts no span that splits a character', () => {
    fc.assert(fc.property(nearlyADataset, check), { numRuns: 300 });
  });

  it('refuses every span whose quote matches but which cuts a character in two', () => {
    const text = fc.constantFrom('😀 here.', 'a👨‍👩‍👧b𝟙𝟡', '\ud83d\ude00\ud83d');
    fc.assert(
      fc.property(text, fc.nat(12), fc.nat(12), (t, a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const quote = t.slice(start, end) || 'x';
        check({
          format: 'sourceline/dataset', version: 1,
          sources: [{ id: 's1', title: 'T', language: 'en', text: t }],
          events: [{ id: 'e', title: 'E', when: '2025', kind: 'occurrence', evidence: [{ sourceId: 's1', start, end, quote }] }],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text that is not JSON at all once parsed leniently', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        let json: unknown;
        try {
          json = JSON.parse(s);
        } catch {
          return;
        }
        check(json);
      }),
      { numRuns: 200 },
    );
  });
});
