import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseScrapedText } from './analyseScrapedText';
import { referenceFor } from './published';
import { extractAll } from './extractJob';

const seed = readFileSync(new URL('../../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const TITLE = 'Ким Чен Ын в телефонном разговоре заверил Путина в поддержке России';

describe('analyseScrapedText on the built-in article', () => {
  const a = analyseScrapedText(seed);

  it('proposes the repeated headline next to the dateline as the title', () => {
    expect(a.title?.value).toBe(TITLE);
    expect(seed.slice(a.title!.span.start, a.title!.span.end)).toBe(TITLE);
    expect(a.title!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('proposes the dateline in the title block, not the tag line’s, with Moscow time flagged as assumed', () => {
    expect(a.published?.value).toBe('2025-08-13T10:15+03:00');
    expect(seed.slice(a.published!.span!.start, a.published!.span!.end)).toBe('13 августа 2025 / 10:15');
    expect(a.published!.zone).toBe('Europe/Moscow');
    expect(a.published!.assumed).toEqual(['zone']);
    expect(a.published!.why).toContain('title block');
    expect(a.publishedAlternatives.map((p) => p.value)).toEqual(['2025-08-13T10:18+03:00']);
    expect(a.publishedAlternatives[0]!.confidence).toBeLessThan(a.published!.confidence);
    expect(referenceFor(a.published!)?.value).toBe('2025-08-13T10:15+03:00');
  });

  it('finds the language', () => {
    expect(a.language).toMatchObject({ tag: 'ru', extractorLang: 'ru', method: 'statistical' });
  });

  it('labels the page furniture with spans into the text', () => {
    expect(a.furniture.map((f) => f.kind)).toEqual(['tag-line', 'dateline', 'rubric', 'rubric', 'title', 'dateline', 'title-repeat', 'photo-credit']);
    for (const f of a.furniture) expect(seed.slice(f.start, f.end)).toBe(f.text);
    expect(a.furniture.at(-1)!.text).toMatch(/^© Вадим Савицкий/u);
    expect(seed.slice(a.bodyStart)).toMatch(/^Председатель государственных дел КНДР/u);
  });
});

describe('analyseScrapedText', () => {
  const body =
    'The Kremlin said on Tuesday that the two leaders had expressed their commitment to developing friendship and cooperation in all areas.';

  it('reads English datelines with a named zone, which is then not assumed', () => {
    const a = analyseScrapedText(`Leaders speak by phone\nPublished August 13, 2025 10:15 AM EDT\n\n${body}`);
    expect(a.title?.value).toBe('Leaders speak by phone');
    expect(a.published).toMatchObject({ value: '2025-08-13T10:15-04:00', assumed: [], offsetMinutes: -240 });
    expect(a.language.tag).toBe('en');
  });

  it('assumes no zone for an English dateline without one, and says the day only', () => {
    const a = analyseScrapedText(`Leaders speak by phone\n13 Aug 2025, 10:15\n\n${body}`);
    expect(a.published).toMatchObject({ value: '2025-08-13', offsetMinutes: null, assumed: [] });
    expect(referenceFor(a.published!)).toBeNull();
    const zoned = analyseScrapedText(`Leaders speak by phone\n13 Aug 2025, 10:15\n\n${body}`, { defaultZone: 'Europe/London' });
    expect(zoned.published).toMatchObject({ value: '2025-08-13T10:15+01:00', zone: 'Europe/London', assumed: ['zone'] });
  });

  it('takes the offset Moscow had on the day (UTC+4 in 2012) and reads мск as stated', () => {
    const ruBody = 'Президент России Владимир Путин провел телефонный разговор с лидером КНДР, сообщила пресс-служба Кремля в пятницу вечером.';
    expect(analyseScrapedText(`Заголовок новости дня\n10:15, 13 августа 2012\n\n${ruBody}`).published?.value).toBe('2012-08-13T10:15+04:00');
    const stated = analyseScrapedText(`Заголовок новости дня\n13.08.2025 10:15 мск\n\n${ruBody}`).published!;
    expect(stated).toMatchObject({ value: '2025-08-13T10:15+03:00', zone: 'Europe/Moscow', assumed: [] });
  });

  it('prefers the publication line to an "updated" line', () => {
    const a = analyseScrapedText(`Leaders speak by phone\nUpdated: 14 August 2025 08:00 GMT\nPublished: 13 August 2025 10:15 GMT\n\n${body}`);
    expect(a.published?.value).toBe('2025-08-13T10:15Z');
    expect(a.publishedAlternatives[0]?.value).toBe('2025-08-14T08:00Z');
  });

  it('proposes nothing it cannot see', () => {
    const a = analyseScrapedText(body);
    expect(a.published).toBeNull();
    expect(a.furniture).toEqual([]);
    expect(a.bodyStart).toBe(0);
  });

  it('falls back to a date near the start of running text, at low confidence', () => {
    const a = analyseScrapedText(`MOSCOW, August 13, 2025 — ${body}`);
    expect(a.published?.value).toBe('2025-08-13');
    expect(a.published!.confidence).toBeLessThan(0.5);
  });
});

describe('furniture never swallows the body', () => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
  // One line, no line breaks, 30 dated sentences, and no full stop at the very end: how some sites copy.
  const sentences = Array.from({ length: 30 }, (_, i) => `On ${(i % 27) + 1} ${months[i % 10]} 2021 the council met again to vote on the budget for the year`);
  const article = `${sentences.join('. ')}`;

  it('takes a long line of prose without final punctuation as body', () => {
    expect(article.length).toBeGreaterThan(1_900);
    expect(article).not.toContain('\n');
    const a = analyseScrapedText(article);
    expect(a.furniture).toEqual([]);
    expect(a.bodyStart).toBe(0);
  });

  it('so a one-line article yields its dated candidates', () => {
    const a = analyseScrapedText(article);
    const { events } = extractAll(article, { published: '2021-12-01T10:00Z', lang: 'en', ignore: a.furniture });
    expect(events.length).toBeGreaterThanOrEqual(25);
  });

  it('still takes a header line of a few words as furniture, and a long line ending in a full stop as body', () => {
    const a = analyseScrapedText(`Politics / Economy\n${sentences.slice(0, 3).join('. ')}.`);
    expect(a.furniture.map((f) => f.kind)).toEqual(['rubric']);
    expect(a.bodyStart).toBe('Politics / Economy\n'.length);
  });
});
