import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TITLE_MAX, titleFromSentence } from './titles';
import type { Lang } from './types';

/** The title of a sentence whose date phrase is written in [brackets]. */
function title(marked: string, lang: Lang): string {
  const start = marked.indexOf('[');
  if (start < 0) return titleFromSentence(marked, null, lang);
  const end = marked.indexOf(']') - 1;
  return titleFromSentence(marked.replace('[', '').replace(']', ''), { start, end }, lang);
}

describe('titleFromSentence', () => {
  it.each([
    ['HAMBURG, [March 4] (Reuters) — The Port of Hamburg raised its fees.', 'The Port of Hamburg raised its fees'],
    ['WASHINGTON (AP) — The Senate passed the bill [on Tuesday].', 'The Senate passed the bill'],
    ['And [on Wednesday] the union rejected the latest offer.', 'The union rejected the latest offer'],
    ['However, [on March 12] the talks resumed in Bremen.', 'The talks resumed in Bremen'],
    ['Also, the ceremony is planned for [March 15], the 64th anniversary of the port authority.',
      'The ceremony is planned for the 64th anniversary of the port authority'],
    ['Dock workers will strike for 48 hours starting [March 10], halting traffic.', 'Dock workers will strike for 48 hours, halting traffic'],
    ['The union, [on Monday], called a strike.', 'The union called a strike'],
    ['The port will stay closed until [May].', 'The port will stay closed'],
    ['[Since 2020], shipping volumes have fallen by a fifth.', 'Shipping volumes have fallen by a fifth'],
    ['KCNA reported that Kim Jong Un visited a factory [on Aug. 8].', 'Kim Jong Un visited a factory'],
    ['The talks went on [on Friday].', 'The talks went on'],
    ['HAMBURG, March 4 (Reuters) — The port closed [on Tuesday].', 'The port closed'],
    ['NATO, the alliance of 32 states — met in Brussels [on Friday].', 'NATO, the alliance of 32 states — met in Brussels'],
    ['Meanwhile the eBay auction closed [on Friday].', 'The eBay auction closed'],
  ])('en: %s', (sentence, expected) => {
    expect(title(sentence, 'en')).toBe(expected);
  });

  it.each([
    ['МОСКВА, [13 августа]. /ТАСС/ — Президент России провел переговоры.', 'Президент России провел переговоры'],
    ['/ТАСС/ — Президент России провел переговоры [во вторник].', 'Президент России провел переговоры'],
    ['Кроме того, [во вторник] Путин провел совещание.', 'Путин провел совещание'],
    ['При этом [в среду] стороны договорились о перемирии.', 'Стороны договорились о перемирии'],
    ['Также [13 августа] состоится заседание.', 'Состоится заседание'],
    ['Однако [в понедельник] встреча была отменена.', 'Встреча была отменена'],
    ['Путин, [в понедельник], подписал указ.', 'Путин подписал указ'],
    ['Переговоры продлятся до [15 августа], сообщили в МИД.', 'Переговоры продлятся, сообщили в МИД'],
    ['Церемония пройдет на [15 августа], годовщину освобождения Кореи.', 'Церемония пройдет на годовщину освобождения Кореи'],
    ['Как отмечается, [вчера] глава государства высоко оценил помощь КНДР.', 'Глава государства высоко оценил помощь КНДР'],
    ['Договор подписали с компанией «Роснефть» [в 2019 году].', 'Договор подписали с компанией «Роснефть»'],
    ['date [2025-08-13] Переговоры по Украине', 'Переговоры по Украине'],
    ['МОСКВА, [13 августа].', ''],
  ])('ru: %s', (sentence, expected) => {
    expect(title(sentence, 'ru')).toBe(expected);
  });

  it('cuts a long title at a clause boundary', () => {
    expect(title('[In 2019] the new terminal opened after years of delays and protests, which cost the city more than a billion euros.', 'en'))
      .toBe('The new terminal opened after years of delays and protests…');
    expect(title('[Во вторник] Путин и Ким Чен Ын выразили приверженность развитию дружбы и сотрудничества, договорившись продолжить контакты.', 'ru'))
      .toBe('Путин и Ким Чен Ын выразили приверженность развитию дружбы и сотрудничества…');
  });

  it('cuts at a word when no clause fits, and never leaves a preposition before the ellipsis', () => {
    expect(title('[Во вторник] пресс-служба Кремля сообщила, что Путин и Ким Чен Ын в телефонном разговоре выразили приверженность дружбе.', 'ru'))
      .toBe('Пресс-служба Кремля сообщила, что Путин и Ким Чен Ын в телефонном разговоре…');
  });

  it('reads a sentence without a date as a whole', () => {
    expect(title('Об этом информировало Центральное телеграфное агентство Кореи.', 'ru')).toBe('Об этом информировало Центральное телеграфное агентство Кореи');
  });
});

const WORDS = ['the', 'port', 'union', 'said', 'strike', 'workers', 'Путин', 'заявил', 'порт', 'забастовка', 'in Bremen', 'в Москве',
  'for 48 hours', 'до конца', 'which', 'который', ',', ';', '—', '.', '«', '»', '"', '(', ')', 'And', 'Также', 'HAMBURG,', '/ТАСС/', '…'];
const DATES = ['March 4', 'on Tuesday', 'Tuesday', '13 августа', 'во вторник', '2019', 'в 2019 году'];
const LEADS = ['', 'on ', 'for ', 'until ', 'since ', 'in ', 'at ', 'by ', 'в ', 'во ', 'на ', 'с ', 'к ', 'до ', 'после '];
const HANGING = /(?<![\p{L}\p{N}])(?:во|на|с|к|до|после|in|on|at|by|since|until|for)\s*,/iu;

const sentence = fc.tuple(
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 25 }),
  fc.constantFrom(...LEADS), fc.constantFrom(...DATES), fc.nat(),
).map(([words, lead, date, at]) => {
  const i = words.length === 0 ? 0 : at % (words.length + 1);
  const before = words.slice(0, i).join(' ');
  const prefix = `${before}${before ? ' ' : ''}${lead}`;
  return { text: `${prefix}${date} ${words.slice(i).join(' ')}`, date: { start: prefix.length + lead.length * 0, end: prefix.length + date.length } };
});

describe('titleFromSentence on arbitrary sentences', () => {
  it('is short, has letters when the sentence has, and neither starts nor ends with stray punctuation', () => {
    fc.assert(fc.property(sentence, fc.constantFrom<Lang>('ru', 'en'), fc.boolean(), ({ text, date }, lang, withDate) => {
      const t = titleFromSentence(text, withDate ? date : null, lang);
      expect(t.length).toBeLessThanOrEqual(TITLE_MAX + 1);
      // Only a dateline, the date and connectors may leave nothing; these words are none of them.
      if (/(?<![\p{L}])(?:port|union|workers|Путин|порт|забастовка)(?![\p{L}])/u.test(text)) expect(t).toMatch(/\p{L}/u);
      expect(t).not.toMatch(/^\p{P}/u);
      expect(t).not.toMatch(/[^\P{P}…»”“)\]"]$/u);
      expect(t.endsWith('……')).toBe(false);
    }), { numRuns: 1000 });
  });

  it('never leaves the preposition that governed the date hanging before a comma', () => {
    const clean = fc.tuple(fc.array(fc.constantFrom('the', 'port', 'union', 'said', 'Путин', 'заявил', 'порт', ','), { maxLength: 12 }),
      fc.constantFrom(...LEADS), fc.constantFrom(...DATES), fc.array(fc.constantFrom('the', 'port', 'заявил', ','), { maxLength: 8 }));
    fc.assert(fc.property(clean, fc.constantFrom<Lang>('ru', 'en'), ([before, lead, date, after], lang) => {
      // "в 2019 году" brings its own preposition; nobody writes "in в 2019 году".
      const prefix = `${before.join(' ')} ${/^(?:on|в|во) /u.test(date) ? '' : lead}`;
      const text = `${prefix}${date} ${after.join(' ')}`;
      const t = titleFromSentence(text, { start: prefix.length, end: prefix.length + date.length }, lang);
      expect(t).not.toMatch(HANGING);
      expect(t).not.toMatch(/(?<![\p{L}])(?:во|на|с|к|до|после|since|until|for|at)$/iu);
    }), { numRuns: 1000 });
  });
});
