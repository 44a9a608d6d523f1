import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const published = '2025-08-13T10:15+03:00';

/** Pieces that trigger the rules, to be mixed with arbitrary Unicode. */
const PHRASES = [
  'во вторник', '19 июня 2024 года', 'в ночь на 13 августа', '12 и 13 августа', 'в 21:54 мск', 'в 1945 году', '1950–1953',
  'в начале августа', 'летом прошлого года', '80-летие освобождения Кореи', 'on Tuesday', 'August 6 to 15', 'last August',
  'in the 1990s', 'Q3 2024', 'at 9:54 p.m. EDT', '13 августа 2025 / 10:15', 'Путина', 'Kim Jong Un', '.', '\n', ' ',
  'third-quarter', 'a year earlier', 'the year-ago quarter', 'во втором квартале', 'годом ранее', 'аналогичный период прошлого года',
  'his 1996 campaign', '1.35 a share', 'payable Dec. 1', 'продлили до 1 сентября', 'двухлетний', 'recent years', 'Пасху', 'Orthodox Easter',
];

const ODD = [
  '👍🏽', '👨‍👩‍👧', '🇰🇵', 'é', 'е́', 'й', '\u0301', '\u200d', '\ufeff', '\ud800', '\udfff', '𝟙𝟡𝟜𝟝', '١٢', '〇', '\u2028', '\r\n', '«', '»',
];

const piece = fc.oneof(
  fc.constantFrom(...PHRASES),
  fc.constantFrom(...ODD),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('extract on arbitrary Unicode', () => {
  it('never throws, and every span slices to its text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'ru' | 'en' | undefined>('ru', 'en', undefined), (t, lang) => {
        const r = extract(t, { published, ...(lang ? { lang } : {}) });
        for (const m of r.mentions) {
          expect(t.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeLessThan(m.end);
        }
        for (const e of r.events) for (const ev of e.evidence) expect(t.slice(ev.start, ev.end)).toBe(ev.quote);
      }),
      { numRuns: 300 },
    );
    // 300 extractions: seconds on an idle machine, more on a shared one.
  }, 30_000);

  it('keeps offsets after astral characters and combining marks', () => {
    const t = '👨‍👩‍👧 е́ 🇰🇵 Во вторник Путин позвонил.';
    const [m] = extract(t, { published }).mentions;
    expect(m).toMatchObject({ text: 'вторник', value: '2025-08-12' });
    expect(t.slice(m!.start, m!.end)).toBe('вторник');
  });
});
