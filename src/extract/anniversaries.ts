/**
 * Anniversaries: "80-летие освобождения Кореи", "80-й годовщины Победы", "предстоящей
 * годовщиной освобождения Корейского полуострова", "the 80th anniversary of Korea's
 * liberation". The phrase is dated on the anniversary day when the original event is
 * known — from a small table of commemorated events, or from a date written next to it —
 * and keeps the original's date so that the event can be related to it.
 */
import { formatDay, type Ymd } from './calendar';
import { candidate, tenseAt } from './context';
import { EN_MONTH, matchAll, monthOf, RU_MONTH, WB, YEAR } from './patterns';
import { sentenceIndexAt } from './sentences';
import type { Candidate, Lang, RuleContext } from './types';

interface KnownEvent {
  readonly pattern: RegExp;
  readonly date: Ymd;
  readonly title: Record<Lang, string>;
}

/** Commemorations that news text names without a date. */
export const KNOWN_EVENTS: readonly KnownEvent[] = [
  {
    pattern: /^(?:\p{L}+\s+){0,2}?(освобождени\p{L}*\s+(?:Корейского\s+полуострова|Коре\p{L}*)(?:\s+от\s+японского\s+колониального\s+(?:господства|гнета|ига))?|(?:the\s+)?liberation\s+of\s+(?:the\s+)?Korea(?:n\s+Peninsula)?(?:\s+from\s+Japanese\s+colonial\s+rule)?|Korea['’]s\s+liberation(?:\s+from\s+Japanese\s+colonial\s+rule)?)/iu,
    date: { year: 1945, month: 8, day: 15 },
    title: { ru: 'Освобождение Кореи от японского колониального господства', en: "Korea's liberation from Japanese colonial rule" },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?((?:Великой\s+)?Победы(?:\s+в\s+Великой\s+Отечественной\s+войне)?|Victory\s+Day|(?:the\s+)?Soviet\s+victory\s+in\s+the\s+Great\s+Patriotic\s+War)/u,
    date: { year: 1945, month: 5, day: 9 },
    title: { ru: 'Победа в Великой Отечественной войне', en: 'Soviet victory in the Great Patriotic War' },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?((?:the\s+)?(?:Allied\s+)?victory\s+in\s+Europe|V-E\s+Day)/iu,
    date: { year: 1945, month: 5, day: 8 },
    title: { ru: 'Победа в Европе', en: 'Victory in Europe' },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?(начала\s+Великой\s+Отечественной\s+войны)/iu,
    date: { year: 1941, month: 6, day: 22 },
    title: { ru: 'Начало Великой Отечественной войны', en: 'Start of the Great Patriotic War' },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?(окончания\s+Второй\s+мировой\s+войны|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:Second\s+World\s+War|World\s+War\s+(?:II|Two))|Japan['’]s\s+surrender)/iu,
    date: { year: 1945, month: 9, day: 2 },
    title: { ru: 'Окончание Второй мировой войны', en: 'End of the Second World War' },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?(атомной\s+бомбардировки\s+Хиросимы|(?:the\s+)?(?:atomic\s+)?bombing\s+of\s+Hiroshima)/iu,
    date: { year: 1945, month: 8, day: 6 },
    title: { ru: 'Атомная бомбардировка Хиросимы', en: 'Atomic bombing of Hiroshima' },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?(подписания\s+(?:соглашения\s+о\s+)?перемирия\s+в\s+Корее|перемирия\s+в\s+Корейской\s+войне|(?:the\s+)?Korean\s+War\s+armistice)/iu,
    date: { year: 1953, month: 7, day: 27 },
    title: { ru: 'Перемирие в Корейской войне', en: 'Korean War armistice' },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?(полета\s+Гагарина|полёта\s+Гагарина|первого\s+полета\s+человека\s+в\s+космос|Gagarin['’]s\s+flight)/iu,
    date: { year: 1961, month: 4, day: 12 },
    title: { ru: 'Полёт Юрия Гагарина', en: "Yuri Gagarin's flight" },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?(аварии\s+на\s+Чернобыльской\s+АЭС|Чернобыльской\s+катастрофы|(?:the\s+)?Chernobyl\s+disaster)/iu,
    date: { year: 1986, month: 4, day: 26 },
    title: { ru: 'Авария на Чернобыльской АЭС', en: 'Chernobyl disaster' },
  },
  {
    pattern: /^(?:\p{L}+\s+){0,2}?(падения\s+Берлинской\s+стены|(?:the\s+)?fall\s+of\s+the\s+Berlin\s+Wall)/iu,
    date: { year: 1989, month: 11, day: 9 },
    title: { ru: 'Падение Берлинской стены', en: 'Fall of the Berlin Wall' },
  },
];

const RU_ANNIVERSARY = new RegExp(
  `${WB}(?:(предстоящ\\p{L}*|грядущ\\p{L}*|наступающ\\p{L}*|прошедш\\p{L}*|минувш\\p{L}*|очередн\\p{L}*)\\s+)?` +
    `(?:(\\d{1,4})[-‐‑–]?(?:летие|летия|летию|летием|летии)|(?:(\\d{1,4})[-‐‑–]?(?:й|я|ю|ой|ей|е)\\s+)?годовщин\\p{L}*)(?=\\s)`, 'giu');
const EN_ANNIVERSARY = new RegExp(
  `${WB}(?:(upcoming|coming|forthcoming|past|recent)\\s+)?(?:(\\d{1,4})(?:st|nd|rd|th)[\\s-]+)?anniversary(?:\\s+of)?(?=\\s)`, 'giu');
const EN_POSSESSIVE = /(\d{1,4})(?:st|nd|rd|th)\s+anniversary$/iu;

function whichYear(n: number | undefined, original: Ymd, ctx: RuleContext, cue: string | undefined, start: number, end: number): number {
  if (n !== undefined) return original.year + n;
  const ref = ctx.ref;
  const thisYear = formatDay({ ...original, year: ref.year });
  const today = formatDay(ref);
  const direction = cue
    ? /предстоящ|грядущ|наступающ|upcoming|coming|forthcoming/iu.test(cue) ? 'future' : 'past'
    : tenseAt(ctx, start, end);
  if (direction === 'future') return thisYear >= today ? ref.year : ref.year + 1;
  if (direction === 'past') return thisYear <= today ? ref.year : ref.year - 1;
  return ref.year;
}

/** Anniversary phrases whose day can be told. */
export const anniversaryRules = (ctx: RuleContext): Candidate[] => {
  const { text, lang } = ctx;
  const out: Candidate[] = [];
  for (const m of matchAll(lang === 'ru' ? RU_ANNIVERSARY : EN_ANNIVERSARY, text)) {
    const cue = m[1];
    const nText = lang === 'ru' ? (m[2] ?? m[3]) : m[2];
    const n = nText ? Number(nText) : undefined;
    const after = text.slice(m.index + m[0].length).replace(/^\s+/u, '');
    const gap = text.length - m.index - m[0].length - after.length;
    const known = KNOWN_EVENTS.find((k) => k.pattern.test(after));
    if (!known) {
      if (n !== undefined) {
        const dated = datedOriginal(ctx, m.index + m[0].length, n);
        if (dated) out.push(dated(m.index));
      }
      continue;
    }
    const hit = known.pattern.exec(after)!;
    const end = m.index + m[0].length + gap + hit[0].length;
    const year = whichYear(n, known.date, ctx, cue, m.index, end);
    const date = { ...known.date, year };
    out.push(candidate(ctx, m.index, end, formatDay(date), 'day', n ? 'anniversary' : 'anniversary-by-cue', {
      original: { value: formatDay(known.date), title: known.title[lang] },
    }));
  }
  if (lang === 'en') {
    // "Korea's 80th anniversary of liberation" is rare; "the 80th anniversary" after a named event is not:
    // handled above. Here: "Victory Day's 80th anniversary".
    for (const k of KNOWN_EVENTS) {
      const re = new RegExp(`${k.pattern.source.replace(/^\^\(\?:\\p\{L\}\+\\s\+\)\{0,2\}\?/u, '')}['’]s\\s+(\\d{1,4})(?:st|nd|rd|th)\\s+anniversary`, 'giu');
      for (const m of matchAll(re, text)) {
        const n = EN_POSSESSIVE.exec(m[0]);
        if (!n) continue;
        const date = { ...k.date, year: k.date.year + Number(n[1]) };
        out.push(candidate(ctx, m.index, m.index + m[0].length, formatDay(date), 'day', 'anniversary', {
          original: { value: formatDay(k.date), title: k.title.en },
        }));
      }
    }
  }
  return out;
};

const RU_ORIGINAL_DAY = new RegExp(`(\\d{1,2})\\s+(${RU_MONTH})\\s+${YEAR}\\s*(?:года|г\\.?)?`, 'iu');
const EN_ORIGINAL_DAY = new RegExp(`(?:(${EN_MONTH})\\s+(\\d{1,2}),?\\s+${YEAR}|(\\d{1,2})\\s+(${EN_MONTH})\\s+${YEAR})`, 'u');
const RU_ORIGINAL_YEAR = new RegExp(`(?:в\\s+)?${YEAR}\\s*(?:году|года|г\\.)`, 'iu');
const EN_ORIGINAL_YEAR = new RegExp(`\\b(?:in|of)\\s+${YEAR}\\b`, 'u');

/**
 * "30-летие со дня основания 12 мая 1995 года", "the 30th anniversary of its founding in
 * 1995": an event the table does not know, dated in the same sentence. The original date
 * must be N years before a year near the publication, or it is some other date.
 */
function datedOriginal(ctx: RuleContext, from: number, n: number): ((start: number) => Candidate) | undefined {
  const si = sentenceIndexAt(ctx.sentences, from);
  const sentenceEnd = si < 0 ? ctx.text.length : ctx.sentences[si]!.end;
  const rest = ctx.text.slice(from, sentenceEnd);
  const near = (year: number) => Math.abs(year + n - ctx.ref.year) <= 1;
  const label = (at: number) => rest.slice(0, at).replace(/[\s,]+$/u, '').replace(/^\s+/u, '');
  const day = (ctx.lang === 'ru' ? RU_ORIGINAL_DAY : EN_ORIGINAL_DAY).exec(rest);
  if (day) {
    const [monthWord, dayText, yearText] = ctx.lang === 'ru' ? [day[2], day[1], day[3]] : day[1] ? [day[1], day[2], day[3]] : [day[5], day[4], day[6]];
    const original = { year: Number(yearText), month: monthOf(monthWord!) ?? 1, day: Number(dayText) };
    if (near(original.year) && label(day.index) !== '') {
      const end = from + rest.slice(0, day.index).replace(/[\s,]+$/u, '').length;
      return (start) => candidate(ctx, start, end, formatDay({ ...original, year: original.year + n }), 'day', 'anniversary-of-dated', {
        original: { value: formatDay(original), title: label(day.index) },
      });
    }
  }
  const year = (ctx.lang === 'ru' ? RU_ORIGINAL_YEAR : EN_ORIGINAL_YEAR).exec(rest);
  if (year && near(Number(year[1])) && label(year.index) !== '') {
    const end = from + rest.slice(0, year.index).replace(/[\s,]+$/u, '').length;
    return (start) => candidate(ctx, start, end, String(Number(year[1]) + n), 'year', 'anniversary-of-dated', {
      original: { value: year[1]!, title: label(year.index) },
    });
  }
  return undefined;
}

/**
 * A day without a year that follows a coming anniversary within two sentences
 * ("…с предстоящей годовщиной освобождения… Ким подчеркнул, что 15 августа…") is that
 * anniversary's day: it is moved to the next such day, and marked as such.
 */
export function datesNearAnniversaries(ctx: RuleContext, sorted: Candidate[]): Candidate[] {
  const anniversaries = sorted.filter((c) => c.original);
  if (anniversaries.length === 0) return sorted;
  return sorted.map((c) => {
    if (c.original || c.precision !== 'day' || !/^chrono\+year-by-tense$/u.test(c.rule)) return c;
    const si = sentenceIndexAt(ctx.sentences, c.start);
    const near = anniversaries.find((a) => {
      const ai = sentenceIndexAt(ctx.sentences, a.start);
      return ai <= si && si - ai <= 2 && a.value.slice(5) === c.value.slice(5);
    });
    if (!near) return c;
    return { ...c, value: near.value, rule: 'day+anniversary', original: near.original! };
  });
}
