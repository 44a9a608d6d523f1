import { describe, expect, it } from 'vitest';
import { countFromPublication } from './countFromPublication';
import { found, run } from './testContext';

// Published Wednesday 13 August 2025.
describe('countFromPublication', () => {
  it('counts Russian "через N единиц" forward from the publication', () => {
    expect(run(countFromPublication, 'Мост откроют через 3 дня.', 'ru')).toEqual(['через 3 дня=2025-08-16']);
    expect(run(countFromPublication, 'Через два года завод расширят.', 'ru')).toEqual(['Через два года=2027']);
    expect(run(countFromPublication, 'Ответ дадут через две недели.', 'ru')).toEqual(['через две недели=2025-08-27']);
    expect(run(countFromPublication, 'Выборы пройдут через пять месяцев.', 'ru')).toEqual(['через пять месяцев=2026-01']);
  });

  it('counts English "in N units" the same way', () => {
    expect(run(countFromPublication, 'The bridge will open in 3 days.', 'en')).toEqual(['in 3 days=2025-08-16']);
  });

  it('leaves a count from another start, or told in the past', () => {
    expect(run(countFromPublication, 'Через два года после войны завод открыли.', 'ru')).toEqual([]);
    expect(run(countFromPublication, 'Через два года он уехал.', 'ru')).toEqual([]);
  });

  it('is a date mention in the engine, its span without the preposition', () => {
    expect(found('Мост откроют через 3 дня.', 'ru')).toEqual(['3 дня=2025-08-16']);
  });
});
