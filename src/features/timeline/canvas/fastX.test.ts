import { describe, expect, it } from 'vitest';
import { createFoldedScale } from '../layout/timeScale';
import { utc, seededRandom, DAY } from '../layout/utc.testHelper';
import { FastX } from './fastX';

describe('FastX', () => {
  it('matches the folded scale, in any order of calls and outside the domain', () => {
    const scale = createFoldedScale({
      domain: [utc(1940), utc(2030)],
      range: [0, 1200],
      folds: [
        { start: utc(1950), end: utc(1990) },
        { start: utc(2000), end: utc(2020) },
      ],
    });
    const fx = new FastX().reset(scale);
    const random = seededRandom(3);
    for (let i = 0; i < 500; i++) {
      const t = utc(1930) + random() * (utc(2040) - utc(1930));
      expect(fx.x(t)).toBeCloseTo(scale.x(t), 6);
    }
    expect(fx.x(utc(1990) + DAY)).toBeCloseTo(scale.x(utc(1990) + DAY), 6);
  });
});
