import { describe, expect, it } from 'vitest';
import { analyseScrapedText } from './analyseScrapedText';
import { datelineCityZone } from './cityZones';

describe('datelineCityZone', () => {
  it('reads the city of an English or Russian dateline', () => {
    expect(datelineCityZone('HAMBURG, March 4, 2025 — The port reopened.')).toEqual({ zone: 'Europe/Berlin', city: 'HAMBURG' });
    expect(datelineCityZone('MOSCOW (Reuters) — Talks resumed.')?.zone).toBe('Europe/Moscow');
    expect(datelineCityZone('Title\nNEW YORK — Stocks fell.')?.zone).toBe('America/New_York');
    expect(datelineCityZone('ВЛАДИВОСТОК, 13 августа — Саммит открылся.')?.zone).toBe('Asia/Vladivostok');
    expect(datelineCityZone('Hamburg, March 4 (dpa) — Ships waited.')?.zone).toBe('Europe/Berlin');
  });

  it('leaves a city that opens a sentence, and cities it does not know', () => {
    expect(datelineCityZone('Washington, the capital, was quiet.')).toBeNull();
    expect(datelineCityZone('Paris is calling.')).toBeNull();
    expect(datelineCityZone('SPRINGFIELD, March 4 — A fair opened.')).toBeNull();
  });
});

describe('analyseScrapedText with a dateline city', () => {
  const body = 'The port reopened on Tuesday after a strike that had lasted for two weeks, officials said in a statement.';
  it('assumes the city’s zone for a dateline time that names none, and says so', () => {
    const a = analyseScrapedText(`Port reopens\n13 Aug 2025, 10:15\n\nHAMBURG — ${body}`);
    expect(a.published).toMatchObject({ value: '2025-08-13T10:15+02:00', zone: 'Europe/Berlin', assumed: ['zone'] });
    expect(a.published!.why).toMatch(/Europe\/Berlin assumed/u);
  });

  it('lets a zone the analyst chose win over the city', () => {
    const a = analyseScrapedText(`Port reopens\n13 Aug 2025, 10:15\n\nHAMBURG — ${body}`, { defaultZone: 'UTC' });
    expect(a.published).toMatchObject({ zone: 'UTC', value: '2025-08-13T10:15Z' });
  });
});
