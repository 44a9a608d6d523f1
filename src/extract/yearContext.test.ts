import { describe, expect, it } from 'vitest';
import { found } from './testContext';

const published = { year: 2025, month: 8, day: 10, hour: 12, minute: 0, offsetMinutes: 180 };

describe('yearsFromContext', () => {
  it('gives a day in a "when" clause the year it is about', () => {
    expect(found('Это первая встреча с 2021 года, когда Путин и Байден встретились в Женеве 16 июня.', 'ru', published)).toEqual([
      '2021 года=2021/..', '16 июня=2021-06-16',
    ]);
    expect(found('It is the first meeting since 2021, when Putin and Biden met in Geneva on June 16.', 'en', published)).toEqual([
      '2021=2021/..', 'June 16=2021-06-16',
    ]);
  });

  it('leaves a day that is not in such a clause', () => {
    expect(found('Санкции действуют с 2022 года, а 15 июля их продлили.', 'ru', published)).toEqual([
      '2022 года=2022/..', '15 июля=2025-07-15',
    ]);
  });
});
