import { describe, expect, it } from 'vitest';
import { ruleInWords } from './ruleWords';

describe('rules in words', () => {
  it('reads known rules, composites step by step, and unknown ones as words, never ids', () => {
    expect(ruleInWords('weekday-by-tense')).toBe('a weekday, placed in the week before or after the publication by the verb’s tense');
    expect(ruleInWords('chrono+time')).toBe('a calendar date written out, then with its clock time');
    expect(ruleInWords('part-after')).toBe('part after');
  });
});
