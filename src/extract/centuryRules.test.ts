import { describe, expect, it } from 'vitest';
import { centuryRules, romanValue } from './centuryRules';
import { found, run } from './testContext';

describe('romanValue', () => {
  it('reads the numerals centuries are written in, and nothing else', () => {
    expect(romanValue('XIX')).toBe(19);
    expect(romanValue('XXI')).toBe(21);
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('IIX')).toBeUndefined();
    expect(romanValue('')).toBeUndefined();
  });
});

describe('centuryRules', () => {
  it('finds Russian centuries in Roman and Arabic numerals, in any case', () => {
    expect(run(centuryRules, 'Усадьбу построили в XIX веке.', 'ru')).toEqual(['XIX веке=1800/1899']);
    expect(run(centuryRules, 'XXI век начался с кризиса.', 'ru')).toEqual(['XXI век=2000/2099']);
    expect(run(centuryRules, 'Храм 12-го века сохранился.', 'ru')).toEqual(['12-го века=1100/1199']);
  });

  it('finds English centuries', () => {
    expect(run(centuryRules, 'Mills of the 19th century lined the river.', 'en')).toEqual(['the 19th century=1800/1899']);
    expect(found('It dates from the 18th-century boom.', 'en')).toEqual(['the 18th-century=1700/1799']);
  });
});
