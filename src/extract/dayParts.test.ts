import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { found } from './testContext';

// Published Wednesday 13 August 2025, 10:15 Moscow time.
const PUBLISHED = '2025-08-13T10:15+03:00';

describe('parts of the day', () => {
  it('writes TimeML parts of the day into the mention and keeps the day for the event', () => {
    expect(found('This morning he left; yesterday evening he arrived; last night it rained.', 'en')).toEqual([
      'This morning=2025-08-13TMO', 'yesterday evening=2025-08-12TEV', 'last night=2025-08-12TNI',
    ]);
    expect(found('Вчера днём он уехал, а завтра вечером вернётся.', 'ru')).toEqual(['Вчера днём=2025-08-12TAF', 'завтра вечером=2025-08-14TEV']);
    const r = extract('The rally was held on Monday afternoon.', { published: PUBLISHED, lang: 'en' });
    expect(r.mentions.map((m) => `${m.text}=${m.type}:${m.value}`)).toEqual(['Monday afternoon=time:2025-08-11TAF']);
    expect(r.events.map((e) => e.when)).toEqual(['2025-08-11']);
  });

  it('joins a part of the day written after a weekday', () => {
    expect(found('Митинг прошёл в понедельник днём, а в пятницу вечером будет концерт.', 'ru')).toEqual([
      'понедельник днём=2025-08-11TAF', 'пятницу вечером=2025-08-15TEV',
    ]);
    expect(found('Talks ended Tuesday night.', 'en')).toEqual(['Tuesday night=2025-08-12TNI']);
  });

  it('leaves nights between two days and plain days alone', () => {
    expect(found('В ночь на 13 августа шёл дождь, а 12 августа было сухо.', 'ru')).toEqual(['ночь на 13 августа=2025-08-12/2025-08-13', '12 августа=2025-08-12']);
  });
});
