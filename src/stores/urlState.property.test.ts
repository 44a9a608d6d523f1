import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_IN_URL, parseUrlState, serializeUrlState } from './urlState';

/** Hostile query strings: the URL state parser returns a state plus problems, never throws. */

const names = fc.constantFrom('data', 'event', 'from', 'to', 'lanes', 'fold', 'q', 'actor', 'kind', 'source', 'x', '');
const values = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('2025-02-30', '2025-08-12T10:15Z', '-0001-01-01', 'javascript:alert(1)', '%', '%E0%A4%A', ',,,', '0', '1'),
);
const query = fc.array(fc.tuple(names, values), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
const rawQuery = fc.string({ unit: 'binary', maxLength: 200 });

describe('parseUrlState under hostile input', () => {
  it('returns a state plus problems for any query string, and its own output reads back the same', () => {
    fc.assert(
      fc.property(fc.oneof(query, rawQuery), (search) => {
        const { state, problems } = parseUrlState(search);
        for (const p of problems) expect(p.path).toMatch(/^\?/);
        if (state.data) expect(() => new URL(state.data!, 'http://x.invalid/')).not.toThrow();
        const again = parseUrlState(serializeUrlState(state));
        expect(again.problems).toEqual([]);
        expect(again.state.event).toBe(state.event);
        expect(serializeUrlState(again.state)).toBe(serializeUrlState(state));
        expect(serializeUrlState(state).length).toBeLessThan(MAX_QUERY_IN_URL * 12 + 2000);
      }),
      { numRuns: 400 },
    );
  });
});
