import { describe, expect, it } from 'vitest';
import { findActors, stemOf } from './actors';

describe('findActors', () => {
  it('finds inflected Russian names', () => {
    expect(findActors('Ким Чен Ын заверил президента России Владимира Путина в поддержке')).toEqual(['kim-jong-un', 'russia', 'putin']);
    expect(findActors('встреча с Путиным и делегацией Северной Кореи')).toEqual(['putin', 'dprk']);
    expect(findActors('Об этом информировало Центральное телеграфное агентство Кореи')).toEqual(['kcna']);
    expect(findActors('пресс-служба Кремля сообщила')).toEqual(['kremlin']);
  });

  it('joins scripts under one id', () => {
    expect(findActors('Putin spoke to Kim Jong Un of North Korea')).toEqual(['putin', 'kim-jong-un', 'dprk']);
    expect(findActors('Путин говорил с Ким Чен Ыном')).toEqual(['putin', 'kim-jong-un']);
  });

  it('does not take other words for names', () => {
    expect(findActors('Путинизм и Россиянин; the USSR; Eurovision; Есть')).toEqual([]);
    expect(findActors('Kimberly said it is used in the US')).toEqual(['usa']);
  });

  it('stems only Cyrillic words', () => {
    expect(stemOf('Путин')).toBe('Путин');
    expect(stemOf('Россия')).toBe('Росси');
    expect(stemOf('Северная')).toBe('Северн');
    expect(stemOf('Putin')).toBe('Putin');
  });
});
