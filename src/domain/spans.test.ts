import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapSelection, spanProblem, splitsSurrogatePair } from './spans';

describe('evidence spans', () => {
  const text = 'Port 🚢 of Hamburg — é́ and 🇩🇪 flags.';

  it('refuses a span that splits a surrogate pair, lies outside the text or does not slice to its quote', () => {
    const ship = text.indexOf('🚢');
    expect(spanProblem(text, { start: ship, end: ship + 1, quote: text.slice(ship, ship + 1) })).toMatch(/cuts a character in half/u);
    expect(spanProblem(text, { start: 0, end: 999, quote: 'x' })).toMatch(/not inside/u);
    expect(spanProblem(text, { start: 0, end: 4, quote: 'Pork' })).toMatch(/does not match/u);
    expect(spanProblem(text, { start: 0, end: 4, quote: 'Port' })).toBeNull();
  });

  it('widens a selection to whole graphemes and trims white space', () => {
    const flag = text.indexOf('🇩🇪');
    expect(snapSelection(text, flag + 1, flag + 3)).toEqual({ start: flag, end: flag + 4, quote: '🇩🇪' });
    expect(snapSelection(text, 4, 8)).toEqual({ start: 5, end: 7, quote: '🚢' });
    expect(snapSelection(text, 6, 7)).toEqual({ start: 5, end: 7, quote: '🚢' });
    expect(snapSelection(text, 4, 5)).toBeNull();
  });

  it('never yields a span that splits a character, for any text and selection', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), fc.nat(), (s, a, b) => {
        const snapped = snapSelection(s, a % (s.length + 1), b % (s.length + 1));
        if (!snapped) return;
        expect(s.slice(snapped.start, snapped.end)).toBe(snapped.quote);
        expect(splitsSurrogatePair(s, snapped.start) || splitsSurrogatePair(s, snapped.end)).toBe(false);
        expect(spanProblem(s, snapped)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
