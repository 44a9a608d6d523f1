import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const published = '2025-08-13T10:15+03:00';

describe('candidateEvents', () => {
  it('takes the sentence as the excerpt and proposes a title without the date', () => {
    const text = 'Вступление.\nВчера Путин провел совещание с Лавровым в Кремле.\n';
    const [event] = extract(text, { published, sourceId: 's1' }).events;
    expect(event).toMatchObject({
      when: '2025-08-12', kind: 'occurrence', actors: ['putin', 'lavrov', 'kremlin'],
      title: 'Путин провел совещание с Лавровым в Кремле',
      evidence: [{ sourceId: 's1', start: 12, end: 61, quote: 'Вчера Путин провел совещание с Лавровым в Кремле.' }],
    });
  });

  it('dates a report at the report and its content as an occurrence', () => {
    const text = 'On Monday, KCNA reported that Kim Jong Un visited a factory on Aug. 8.';
    const events = extract(text, { published }).events;
    expect(events.map((e) => [e.when, e.kind])).toEqual([['2025-08-11', 'report'], ['2025-08-08', 'occurrence']]);
    expect(events[1]!.title).toBe('Kim Jong Un visited a factory');
  });

  it('shortens long titles at a word', () => {
    const text = `Вчера ${'очень '.repeat(40)}долго говорили.`;
    const title = extract(text, { published }).events[0]!.title;
    expect(title.length).toBeLessThanOrEqual(111);
    expect(title.endsWith('очень…')).toBe(true);
  });

  it('relates an anniversary to the event the text dates, without a second copy of it', () => {
    const events = extract('Компания отметила 30-летие со дня основания 12 мая 1995 года.', { published }).events;
    expect(events.map((e) => [e.when, e.kind])).toEqual([['2025-05-12', 'anniversary'], ['1995-05-12', 'occurrence']]);
    expect(events[0]!.relations).toEqual([{ type: 'anniversary-of', target: events[1]!.id }]);
  });

  it('records the extractor, the rule and where the date words are', () => {
    const text = 'В 1945 году война закончилась.';
    const [event] = extract(text, { published }).events;
    expect(event!.provenance).toMatchObject({ method: 'extracted', extractor: 'sourceline-extract/0.1.0', rule: 'year' });
    const phrase = event!.provenance!.phrase!;
    expect(text.slice(phrase.start, phrase.end)).toBe('В 1945 году');
    // Inside the sentence the candidate quotes.
    expect(phrase.start).toBeGreaterThanOrEqual(event!.evidence[0]!.start);
    expect(phrase.end).toBeLessThanOrEqual(event!.evidence[0]!.end);
  });
});
