import { describe, expect, it } from 'vitest';
import { computeTicks, historicalYears } from './ticks';
import { MINUTE, seededRandom, utc } from './utc.testHelper';

const WIDTH = 1000;
const labels = (set: ReturnType<typeof computeTicks>): string[] => set.ticks.map((t) => t.label);
const majors = (set: ReturnType<typeof computeTicks>): number[] => set.ticks.filter((t) => t.major).map((t) => t.time);

describe('computeTicks chooses the interval from the zoom', () => {
  it('100 years: decades, major at the century', () => {
    const set = computeTicks([utc(1925), utc(2025)], WIDTH, 'en-GB');
    expect([set.unit, set.step]).toEqual(['year', 10]);
    expect(labels(set)).toEqual(['1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020']);
    expect(majors(set)).toEqual([utc(2000)]);
    expect(set.context).toEqual([]);
  });

  it('1 year: months, with the year as context', () => {
    const en = computeTicks([utc(2025), utc(2026)], WIDTH, 'en-GB');
    expect([en.unit, en.step]).toEqual(['month', 1]);
    expect(en.ticks).toHaveLength(13); // both ends included
    expect(en.ticks[7]).toEqual({ time: utc(2025, 8), label: 'Aug', major: false });
    expect(labels(en).slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(majors(en)).toEqual([utc(2025), utc(2026)]);
    expect(en.context).toEqual([{ time: utc(2025), end: utc(2026), label: '2025' }]);

    const ru = computeTicks([utc(2025), utc(2026)], WIDTH, 'ru-RU');
    expect(labels(ru).slice(0, 3)).toEqual(['янв.', 'февр.', 'март']);
    expect(ru.ticks[7]?.label).toBe('авг.');
  });

  it('1 month: Mondays, with month and year as context', () => {
    const en = computeTicks([utc(2025, 8), utc(2025, 9)], WIDTH, 'en-GB');
    expect([en.unit, en.step]).toEqual(['week', 1]);
    expect(en.ticks.map((t) => t.time)).toEqual([
      utc(2025, 8, 4),
      utc(2025, 8, 11),
      utc(2025, 8, 18),
      utc(2025, 8, 25),
      utc(2025, 9, 1),
    ]);
    expect(labels(en).slice(0, 4)).toEqual(['4 Aug', '11 Aug', '18 Aug', '25 Aug']);
    // The first Monday of each month is major.
    expect(majors(en)).toEqual([utc(2025, 8, 4), utc(2025, 9, 1)]);
    expect(en.context).toEqual([{ time: utc(2025, 8), end: utc(2025, 9), label: 'August 2025' }]);

    const ru = computeTicks([utc(2025, 8), utc(2025, 9)], WIDTH, 'ru-RU');
    expect(labels(ru).slice(0, 4)).toEqual(['4 авг.', '11 авг.', '18 авг.', '25 авг.']);
    expect(ru.context.map((c) => c.label)).toEqual(['август 2025 г.']);
  });

  it('2 days: every 6 hours, major at midnight, with the day as context', () => {
    const en = computeTicks([utc(2025, 8, 12), utc(2025, 8, 14)], WIDTH, 'en-GB');
    expect([en.unit, en.step]).toEqual(['hour', 6]);
    expect(labels(en)).toEqual(['00:00', '06:00', '12:00', '18:00', '00:00', '06:00', '12:00', '18:00', '00:00']);
    expect(majors(en)).toEqual([utc(2025, 8, 12), utc(2025, 8, 13), utc(2025, 8, 14)]);
    expect(en.context).toEqual([
      { time: utc(2025, 8, 12), end: utc(2025, 8, 13), label: 'Tue, 12 Aug 2025' },
      { time: utc(2025, 8, 13), end: utc(2025, 8, 14), label: 'Wed, 13 Aug 2025' },
    ]);
    const ru = computeTicks([utc(2025, 8, 12), utc(2025, 8, 14)], WIDTH, 'ru-RU');
    expect(ru.context.map((c) => c.label)).toEqual(['вт, 12 авг. 2025 г.', 'ср, 13 авг. 2025 г.']);
  });

  it('6 hours: every 30 minutes, in UTC whatever the machine zone', () => {
    const set = computeTicks([utc(2025, 8, 13, 10), utc(2025, 8, 13, 16)], WIDTH, 'ru-RU');
    expect([set.unit, set.step]).toEqual(['minute', 30]);
    expect(labels(set).slice(0, 4)).toEqual(['10:00', '10:30', '11:00', '11:30']);
    expect(set.ticks).toHaveLength(13);
    expect(set.ticks.filter((t) => t.major)).toHaveLength(7); // on the hour
  });

  it('1 minute: every 5 seconds', () => {
    const set = computeTicks([utc(2025, 8, 13, 10), utc(2025, 8, 13, 10, 1)], WIDTH, 'en-GB');
    expect([set.unit, set.step]).toEqual(['second', 5]);
    expect(set.ticks[1]?.label).toBe('10:00:05');
  });

  it('a narrower axis gets coarser ticks', () => {
    expect(computeTicks([utc(1925), utc(2025)], 400, 'en-GB').step).toBe(50);
    expect(computeTicks([utc(2025), utc(2026)], 400, 'en-GB').step).toBe(3); // quarters
  });
});

describe('years before Christ', () => {
  it('puts ticks on round BC years and labels them with the era', () => {
    const set = computeTicks([utc(-500), utc(1)], WIDTH, 'en-GB');
    expect([set.unit, set.step]).toEqual(['year', 50]);
    expect(labels(set)).toEqual([
      '500 BC', '450 BC', '400 BC', '350 BC', '300 BC', '250 BC', '200 BC', '150 BC', '100 BC', '50 BC', '1 AD',
    ]);
    const ru = computeTicks([utc(-500), utc(1)], WIDTH, 'ru-RU');
    expect(ru.ticks[0]?.label).toBe('500 г. до н. э.');
  });

  it('uses AD 1 for the missing year zero and marks AD years when the window starts in BC', () => {
    const set = computeTicks([utc(-120), utc(120)], WIDTH, 'en-GB');
    expect(set.step).toBe(20);
    expect(labels(set)).toEqual([
      '120 BC', '100 BC', '80 BC', '60 BC', '40 BC', '20 BC', '1 AD', '20 AD', '40 AD', '60 AD', '80 AD', '100 AD', '120 AD',
    ]);
    expect(majors(set).map((t) => new Date(t).getUTCFullYear())).toEqual([-99, 1, 100]);
  });

  it('historicalYears matches utcYear.every for AD years', () => {
    const interval = historicalYears(50);
    expect(interval.range(new Date(utc(1890)), new Date(utc(2060))).map((d) => d.getUTCFullYear())).toEqual([
      1900, 1950, 2000, 2050,
    ]);
    expect(interval.floor(new Date(utc(-75, 6))).getUTCFullYear()).toBe(-99); // 100 BC
    expect(interval.offset(new Date(utc(-49)), 1).getUTCFullYear()).toBe(1); // 50 BC → AD 1
  });
});

describe('tick spacing', () => {
  it('keeps ticks about 80 px apart or more, from minutes to millennia', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 300; i++) {
      const span = Math.exp(Math.log(2 * MINUTE) + random() * Math.log((2000 * 365 * 86_400_000) / (2 * MINUTE)));
      const start = utc(-1000) + random() * (utc(3000) - utc(-1000) - span);
      const width = 300 + random() * 1700;
      const { ticks } = computeTicks([start, start + span], width, 'en-GB');
      // Rungs grow at most 2.5× (7× from days to weeks), so an axis this wide always gets a tick.
      if (width >= 600) expect(ticks.length).toBeGreaterThan(0);
      for (let j = 1; j < ticks.length; j++) {
        const gapPx = ((ticks[j]!.time - ticks[j - 1]!.time) / span) * width;
        // Months vary from 28 to 31 days around the nominal 30: allow 93%.
        expect(gapPx).toBeGreaterThanOrEqual(80 * 0.93);
      }
      if (ticks.length === 0) continue;
      expect(ticks[0]!.time).toBeGreaterThanOrEqual(start);
      expect(ticks[ticks.length - 1]!.time).toBeLessThanOrEqual(start + span);
    }
  });

  it('returns no ticks for an empty window or axis', () => {
    expect(computeTicks([utc(2025), utc(2025)], WIDTH, 'en-GB').ticks).toEqual([]);
    expect(computeTicks([utc(2025), utc(2026)], 0, 'en-GB').ticks).toEqual([]);
  });
});
