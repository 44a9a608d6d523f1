import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinList, neutraliseFormula, restoreFormula, splitList } from './csvCells';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+7 495 000', `'+7 495 000`],
    ['-0044', `'-0044`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    [`'=already`, `''=already`],
  ])('prefixes %j with a quote', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['Treaty signed', '2025-08-12', "'quoted", '', 'a=b', '[..2025-08-12]'])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('never leaves a cell that starts like a formula', () => {
    fc.assert(fc.property(fc.string(), (s) => !/^[=+\-@\t\r]/u.test(neutraliseFormula(s))));
  });

  it('is undone by restoreFormula for every string', () => {
    fc.assert(fc.property(fc.string(), (s) => restoreFormula(neutraliseFormula(s)) === s));
    fc.assert(fc.property(fc.stringMatching(/^'*[=+\-@\t\r'a]{0,6}$/u), (s) => restoreFormula(neutraliseFormula(s)) === s));
  });
});

describe('lists in one cell', () => {
  it('splits on | and trims', () => {
    expect(splitList(' putin | kim-jong-un |')).toEqual(['putin', 'kim-jong-un']);
    expect(splitList('')).toEqual([]);
  });

  it('escapes | and \\ inside an item', () => {
    expect(joinList(['a|b', 'c\\d'])).toBe('a\\|b|c\\\\d');
    expect(splitList('a\\|b|c\\\\d')).toEqual(['a|b', 'c\\d']);
  });

  it('round-trips any list of trimmed, non-empty items', () => {
    const item = fc.string({ minLength: 1 }).map((s) => s.trim()).filter((s) => s !== '');
    fc.assert(fc.property(fc.array(item), (items) => JSON.stringify(splitList(joinList(items))) === JSON.stringify(items)));
  });
});
