import { describe, expect, it } from 'vitest';
import { tenseAround, wordTense } from './tense';

function tenseOf(sentence: string, phrase: string, lang: 'ru' | 'en') {
  const start = sentence.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}" in "${sentence}"`);
  return tenseAround(sentence, start, start + phrase.length, lang);
}

describe('wordTense', () => {
  it('knows Russian past forms and future cues, and not nouns that look like verbs', () => {
    expect(['сообщила', 'заявил', 'прошли', 'состоялось', 'встретились'].map((w) => wordTense(w, 'ru'))).toEqual([
      'past', 'past', 'past', 'past', 'past',
    ]);
    expect(['будет', 'состоится', 'предстоящей', 'планирует'].map((w) => wordTense(w, 'ru'))).toEqual([
      'future', 'future', 'future', 'future',
    ]);
    expect(['недели', 'числа', 'вспоминают', 'или'].map((w) => wordTense(w, 'ru'))).toEqual(['none', 'none', 'none', 'none']);
  });

  it('knows English past forms and future cues', () => {
    expect(['said', 'announced', 'met', 'ago'].map((w) => wordTense(w, 'en'))).toEqual(['past', 'past', 'past', 'past']);
    expect(['will', 'upcoming', 'scheduled'].map((w) => wordTense(w, 'en'))).toEqual(['future', 'future', 'future']);
    expect(['indeed', 'United', 'hundred'].map((w) => wordTense(w, 'en'))).toEqual(['none', 'none', 'none']);
  });
});

describe('tenseAround', () => {
  it('reads the clause of the phrase', () => {
    expect(tenseOf('Во вторник пресс-служба Кремля сообщила, что лидеры договорились.', 'Во вторник', 'ru')).toBe('past');
    expect(tenseOf('В пятницу, 8 августа, президент подписал указ.', 'В пятницу', 'ru')).toBe('past');
    expect(tenseOf('Саммит состоится в пятницу в Анкоридже.', 'в пятницу', 'ru')).toBe('future');
    expect(tenseOf('The talks will resume on Monday.', 'on Monday', 'en')).toBe('future');
    expect(tenseOf('On Monday, the minister said the talks had failed.', 'On Monday', 'en')).toBe('past');
    expect(tenseOf('The summit will be held on December 15.', 'December 15', 'en')).toBe('future');
    expect(tenseOf('The treaty is to be signed on December 15.', 'December 15', 'en')).toBe('future');
    expect(tenseOf('The launch is set for Aug. 15.', 'Aug. 15', 'en')).toBe('future');
    expect(tenseOf('The launch was set for Aug. 15.', 'Aug. 15', 'en')).toBe('past');
  });

  it('lets a nearer present-tense verb outweigh a farther past one', () => {
    const s = 'The forum opened on June 18 and runs through June 21.';
    expect(tenseOf(s, 'June 18', 'en')).toBe('past');
    expect(tenseOf(s, 'June 21', 'en')).toBe('none');
    expect(tenseOf('Форум открылся 18 июня и продлится до 21 июня.', '21 июня', 'ru')).toBe('future');
  });

  it('takes the English verb before the date over one after it', () => {
    expect(tenseOf('Qantas will double its flights by August in markets untouched by the crisis.', 'August', 'en')).toBe('future');
    expect(tenseOf('Protesters planned a demonstration on Saturday and were planning a drive on Monday.', 'Saturday', 'en')).toBe('future');
    expect(tenseOf('Protesters planned a demonstration on Saturday and were planning a drive on Monday.', 'Monday', 'en')).toBe('future');
    // Russian orders words freely: the nearer verb still wins.
    expect(tenseOf('Президент подписал указ, который в пятницу вступит в силу.', 'в пятницу', 'ru')).toBe('future');
  });

  it('reads English verb groups, not single words', () => {
    expect(tenseOf('The talks, set to resume Monday in Belfast, were delayed.', 'Monday', 'en')).toBe('future');
    expect(tenseOf('Trading is to resume in Paris Tuesday.', 'Tuesday', 'en')).toBe('future');
    expect(tenseOf('The offer had been scheduled to expire Friday.', 'Friday', 'en')).toBe('past');
    expect(tenseOf('He said the boy should go home by Jan. 14.', 'Jan. 14', 'en')).toBe('future');
    expect(tenseOf('He said the flights would leave on March 30.', 'March 30', 'en')).toBe('future');
    expect(tenseOf('The blast would have caused damage on Friday.', 'Friday', 'en')).toBe('past');
    // The present perfect takes no date of its own: "has set Nov. 10 as the deadline".
    expect(tenseOf('The company has set Nov. 10 as the deadline.', 'Nov. 10', 'en')).toBe('none');
    // An infinitive has a time of its own: later after a word of plan, else unknown.
    expect(tenseOf('He subpoenaed the boy to testify before the committee on Feb. 10.', 'Feb. 10', 'en')).toBe('none');
    expect(tenseOf('She agreed to purchase the line in February.', 'February', 'en')).toBe('none');
    expect(tenseOf('He went to the market on Friday.', 'Friday', 'en')).toBe('past');
  });

  it('does not read places, counts or nouns as tense', () => {
    expect(tenseOf('People have been wounded in the blasts next to the embassies on Friday.', 'Friday', 'en')).not.toBe('future');
    expect(tenseOf('Three days later, as of Friday\'s close, the index was down.', 'Friday', 'en')).toBe('past');
    expect(tenseOf('The thrift announced the plan Aug. 21.', 'Aug. 21', 'en')).toBe('past');
    expect(tenseOf('It will redeem preferred shares on Oct. 31.', 'Oct. 31', 'en')).toBe('future');
    expect(tenseOf('Police have searched for him since shortly after the Oct. 23 slaying.', 'Oct. 23', 'en')).toBe('past');
  });

  it('does not carry a main verb into a "что" clause', () => {
    const s = 'Ким Чен Ын подчеркнул, что 15 августа в КНДР "вспоминают героические подвиги", указывает ЦТАК.';
    expect(tenseOf(s, '15 августа', 'ru')).toBe('none');
  });

  it('is none without any verb', () => {
    expect(tenseOf('13 августа 2025 / 10:15', '13 августа 2025', 'ru')).toBe('none');
  });
});
