import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifyLanguage } from './language';

const corpus = (name: string): { lang: string; text: string }[] =>
  JSON.parse(readFileSync(new URL(`../../scripts/corpus/${name}.json`, import.meta.url), 'utf8'));

describe('identifyLanguage', () => {
  it('identifies every news text of the corpus, short Russian paragraphs included', () => {
    for (const doc of [...corpus('news-en'), ...corpus('news-ru'), ...corpus('holdout-en'), ...corpus('holdout-ru')]) {
      const guess = identifyLanguage(doc.text);
      expect(guess.tag, doc.text.slice(0, 60)).toBe(doc.lang);
      expect(guess.extractorLang).toBe(doc.lang);
    }
  });

  it('tells Cyrillic languages apart by their letters', () => {
    const uk = identifyLanguage('Президент України заявив, що переговори тривають у Києві вже третій тиждень поспіль.');
    expect(uk).toMatchObject({ tag: 'uk', extractorLang: null });
    expect(identifyLanguage('В Москве прошла встреча лидеров двух стран, говорится в сообщении.').tag).toBe('ru');
  });

  it('names other languages in BCP 47 and leaves extraction to the analyst', () => {
    expect(identifyLanguage('Der Präsident hat am Dienstag gesagt, dass die Verhandlungen weitergehen werden.')).toMatchObject({
      tag: 'de',
      extractorLang: null,
    });
  });

  it('falls back to the script for a headline, at low confidence', () => {
    expect(identifyLanguage('Путин заявил')).toMatchObject({ tag: 'ru', method: 'script' });
    expect(identifyLanguage('Putin said')).toMatchObject({ tag: 'en', method: 'script', confidence: 0.4 });
    expect(identifyLanguage('12:15 — 2025')).toMatchObject({ tag: 'und', method: 'none', extractorLang: null });
  });
});
