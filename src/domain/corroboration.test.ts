import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseDate, corroboration, describeDisagreement, formatEdtfWords, supportSummary, type EvidenceLike } from './corroboration';

const group = (n: number, date: string) => `${n} ${n === 1 ? 'source' : 'sources'}: ${date}`;
const words = (edtf: string) => formatEdtfWords(edtf, 'en-GB');

const ev = (sourceId: string, when?: string): EvidenceLike => ({ sourceId, start: 0, end: 1, quote: 'x', ...(when ? { when } : {}) });

describe('corroboration', () => {
  it('counts distinct sources, not excerpts', () => {
    const c = corroboration({ when: '2025-08-12', evidence: [ev('a'), ev('a'), ev('b')] });
    expect(c).toEqual({ sourceCount: 2, dates: [{ when: '2025-08-12', sources: ['a', 'b'] }], disagrees: false });
  });

  it('groups the implied dates, most sources first, then earliest', () => {
    const c = corroboration({ when: '2025-08-13', evidence: [ev('c'), ev('a', '2025-08-12'), ev('b', '2025-08-12'), ev('d', '2025-08')] });
    expect(c.disagrees).toBe(true);
    expect(c.sourceCount).toBe(4);
    expect(c.dates).toEqual([
      { when: '2025-08-12', sources: ['a', 'b'] }, { when: '2025-08', sources: ['d'] }, { when: '2025-08-13', sources: ['c'] },
    ]);
    expect(describeDisagreement(c.dates, group, words)).toBe('2 sources: 12 Aug 2025 · 1 source: Aug 2025 · 1 source: 13 Aug 2025');
  });

  it('takes the formatter as a parameter and shows an unparsable date as written', () => {
    const c = corroboration({ when: 'garbage', evidence: [ev('a')] });
    expect(describeDisagreement(c.dates, group, words)).toBe('1 source: garbage');
    expect(describeDisagreement(c.dates, group, (w) => `<${w}>`)).toBe('1 source: <garbage>');
  });

  it('an event without evidence has no sources and no disagreement', () => {
    expect(corroboration({ when: '2025', evidence: [] })).toEqual({ sourceCount: 0, dates: [], disagrees: false });
  });
});

describe('chooseDate', () => {
  it('dates the event, drops the date of the evidence that agrees now, notes the old date on the rest', () => {
    const event = { id: 'e1', title: 'Call', when: '2025-08-13', evidence: [ev('c'), ev('a', '2025-08-12'), ev('d', '2025-08')] };
    const chosen = chooseDate(event, '2025-08-12');
    expect(chosen).toEqual({ id: 'e1', title: 'Call', when: '2025-08-12', evidence: [ev('c', '2025-08-13'), ev('a'), ev('d', '2025-08')] });
    expect(event.evidence[0]).toEqual(ev('c'));
  });

  it('keeps every source and every implied date, and choosing back restores the event', () => {
    const dates = ['2025-08-12', '2025-08-13', '2025-08', '2024'];
    const evidence = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.option(fc.constantFrom(...dates), { nil: undefined })), { maxLength: 8 });
    fc.assert(fc.property(fc.constantFrom(...dates), evidence, fc.constantFrom(...dates), (when, items, pick) => {
      const event = { when, evidence: items.filter(([, w]) => w !== when).map(([s, w]) => ev(s, w)) };
      const chosen = chooseDate(event, pick);
      const before = corroboration(event);
      const after = corroboration(chosen);
      expect(after.sourceCount).toBe(before.sourceCount);
      expect(new Set(after.dates.map((d) => d.when))).toEqual(new Set(before.dates.map((d) => d.when)));
      expect(chosen.evidence.every((e) => e.when !== pick)).toBe(true);
      expect(chooseDate(chosen, when)).toEqual(event);
    }));
  });
});

describe('supportSummary', () => {
  it('is silent for one source, counts several, and says when they disagree', () => {
    expect(supportSummary({ when: '2025-08-12', evidence: [ev('a'), ev('a')] })).toBeNull();
    expect(supportSummary({ when: '2025-08-12', evidence: [ev('a'), ev('b'), ev('c')] })).toEqual({ sourceCount: 3, disagrees: false });
    expect(supportSummary({ when: '2025-08-12', evidence: [ev('a'), ev('b', '2025-08-13')] })).toEqual({ sourceCount: 2, disagrees: true });
  });
});
