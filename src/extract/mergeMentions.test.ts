import { describe, expect, it } from 'vitest';
import { selectMentions } from './mergeMentions';
import type { Candidate } from './types';

const c = (start: number, end: number, priority: number, rule: string): Candidate => ({
  text: 'x'.repeat(end - start), start, end, value: '2025', precision: 'year', rule, priority,
});

describe('selectMentions', () => {
  it('keeps the longest of overlapping phrases, then the own rule, sorted by position', () => {
    const picked = selectMentions([c(5, 9, 1, 'year'), c(0, 12, 0, 'chrono'), c(20, 25, 0, 'chrono'), c(20, 25, 1, 'rule'), c(30, 30, 1, 'empty')]);
    expect(picked.map((p) => p.rule)).toEqual(['chrono', 'rule']);
  });
});
