import { describe, expect, it } from 'vitest';
import { timexSpan } from './timexSpan';
import type { Lang } from './types';

const span = (text: string, phrase: string, lang: Lang) => {
  const start = text.indexOf(phrase);
  const r = timexSpan(text, start, start + phrase.length, lang);
  return text.slice(r.start, r.end);
};

describe('timexSpan', () => {
  it('leaves out English prepositions, as TimeML leaves its SIGNALs out', () => {
    expect(span('The plant opened in 2010.', 'in 2010.', 'en')).toBe('2010');
    expect(span('We met on Friday, then left.', 'on Friday,', 'en')).toBe('Friday');
    expect(span('Prices rose as of March 3.', 'as of March 3', 'en')).toBe('March 3');
    expect(span('It was due by the end of the year.', 'by the end of the year', 'en')).toBe('the end of the year');
  });

  it('leaves out Russian prepositions, compound ones included', () => {
    expect(span('Завод открыли в 1945 году.', 'в 1945 году', 'ru')).toBe('1945 году');
    expect(span('Во вторник прошли переговоры.', 'Во вторник', 'ru')).toBe('вторник');
    expect(span('Договор действует не позднее 2030 года.', 'не позднее 2030 года', 'ru')).toBe('2030 года');
    expect(span('Работы шли в течение недели.', 'в течение недели', 'ru')).toBe('недели');
  });

  it('keeps the dot of an abbreviation but drops the sentence\'s', () => {
    expect(span('They landed at 9 a.m.', 'at 9 a.m.', 'en')).toBe('9 a.m.');
    expect(span('(in 1999)', '(in 1999)', 'en')).toBe('1999');
  });

  it('never empties a span and never splits a surrogate pair', () => {
    expect(span('since', 'since', 'en')).toBe('since');
    const t = 'в 😀 2020';
    const r = timexSpan(t, 0, t.length, 'ru');
    expect(t.slice(r.start, r.end)).toBe('😀 2020');
  });
});
