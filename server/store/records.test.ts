import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeId } from './records';

/** Ids drawn from the characters that escaping touches, so that near-collisions are common. */
const trickyId = fc.string({ unit: fc.constantFrom('\\', '\u0000', '0', 'a'), maxLength: 8 });

describe('record ids in PostgreSQL text', () => {
  it('are escaped without NUL and without two ids meeting', () => {
    fc.assert(fc.property(trickyId, trickyId, (a, b) => {
      expect(encodeId(a)).not.toContain('\u0000');
      expect(encodeId(a) === encodeId(b)).toBe(a === b);
    }), { numRuns: 2000 });
  });
});
