import { describe, expect, it } from 'vitest';
import { scoreDoc } from './eval-extract.ts';

const m = (start: number, end: number, value: string) => ({ text: 'x'.repeat(end - start), start, end, value, precision: 'day' as const, rule: 'test' });

describe('scoreDoc', () => {
  it('matches found and annotated phrases one to one by overlap', () => {
    const found = [m(0, 10, '2025-08-12'), m(2, 4, '2025'), m(20, 25, '2024'), m(40, 45, '2023')];
    const gold = [{ start: 3, end: 12, value: '2025-08-12' }, { start: 21, end: 23, value: '2025' }, { start: 30, end: 35, value: '2022' }];
    const r = scoreDoc(found, gold);
    expect(r.matches.map((p) => [p.f.start, p.g.start])).toEqual([[0, 3], [20, 21]]);
    expect(r.missed).toEqual([{ start: 30, end: 35, value: '2022' }]);
    expect(r.spurious.map((f) => f.start)).toEqual([2, 40]);
  });
});
