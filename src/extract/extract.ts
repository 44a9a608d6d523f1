/**
 * The extraction engine: dated mentions in a Russian or English text, resolved against
 * the publication date-time, and the candidate events they suggest. Pure: no DOM, no
 * clock, no I/O; the app runs it in a Web Worker and the CLI in Node.
 */
import type { EventRecord } from '../domain/schema';
import { anaphoricDates } from './anaphoric';
import { anniversaryRules, datesNearAnniversaries } from './anniversaries';
import { calendarPhrases } from './calendarPhrases';
import { candidateEvents } from './candidateEvents';
import { centuryRules } from './centuryRules';
import { chronoMentions } from './chronoMentions';
import { makeContext } from './context';
import { countFromPublication } from './countFromPublication';
import { partsOfDay } from './dayParts';
import { daySpanRules } from './daySpanRules';
import { detectLanguage } from './detectLanguage';
import { durationRules } from './durationRules';
import { holidayRules } from './holidayRules';
import { selectMentions } from './mergeMentions';
import { periodRules } from './periodRules';
import { parseReference } from './reference';
import { relativeRules } from './relativeRules';
import { spelledYears } from './spelledYears';
import { reportingPeriods } from './reportingPeriod';
import { hourRules, refineTimes } from './timeRules';
import type { Candidate, Lang, Mention, Reference, Rule, RuleContext } from './types';
import { yearsFromContext } from './yearContext';
import { timexSpan } from './timexSpan';
import { yearRules } from './yearRules';

/** The own rules, each a module; chrono-node comes first. */
export const RULES: readonly Rule[] = [yearRules, periodRules, relativeRules, daySpanRules, hourRules, anniversaryRules, durationRules, countFromPublication, holidayRules, centuryRules, calendarPhrases, spelledYears];

export interface ExtractOptions {
  /** Publication date-time with its offset ("2025-08-13T10:15+03:00"), or one already read. */
  readonly published: string | Reference;
  /** Detected from the script when absent. */
  readonly lang?: Lang;
  /** The id put in the events' evidence. */
  readonly sourceId?: string;
}

export interface Extraction {
  readonly lang: Lang;
  readonly mentions: Mention[];
  readonly events: EventRecord[];
}

function toMention(c: Candidate): Mention {
  return {
    text: c.text, start: c.start, end: c.end, type: c.type ?? (c.precision === 'minute' ? 'time' : 'date'), value: c.value, precision: c.precision, rule: c.rule,
    ...(c.original ? { original: c.original } : {}),
    ...(c.timex ? { timex: c.timex } : {}),
  };
}

/** The mention with its span drawn as TimeML draws it (no preposition, no trailing punctuation). */
function asTimex(ctx: RuleContext, phrase: Mention): Mention {
  const { timex, ...m } = phrase;
  const typed = timex ? { ...m, type: timex.type, value: timex.value } : m;
  const { start, end } = timexSpan(ctx.text, m.start, m.end, ctx.lang);
  return start === m.start && end === m.end ? typed : { ...typed, start, end, text: ctx.text.slice(start, end) };
}

/** Only a date or time on the calendar can be an event's `when`: never a duration, a recurrence or "now". */
const isDated = (m: Mention) => (m.type === 'date' || m.type === 'time') && !m.value.endsWith('_REF');

/**
 * The dated phrases as the rules matched them, prepositions included: candidate titles leave
 * the whole phrase out of the sentence ("Talks resumed", not "Talks resumed in").
 */
function findPhrases(ctx: RuleContext): Mention[] {
  const candidates = [...chronoMentions(ctx), ...RULES.flatMap((rule) => rule(ctx))];
  const selected = partsOfDay(ctx, refineTimes(ctx, anaphoricDates(ctx, reportingPeriods(ctx, yearsFromContext(ctx, selectMentions(candidates))))));
  return datesNearAnniversaries(ctx, selected).map(toMention);
}

/** The dated mentions of a text, sorted by position, spans as TimeML draws them. */
export function findMentions(ctx: RuleContext): Mention[] {
  return findPhrases(ctx).map((m) => asTimex(ctx, m));
}

/** The mentions chrono-node finds alone, with its own choices: the baseline of the evaluation. */
export function findMentionsChronoOnly(ctx: RuleContext): Mention[] {
  return selectMentions(chronoMentions(ctx, { resolve: false })).map(toMention);
}

export function resolveReference(published: string | Reference): Reference {
  if (typeof published !== 'string') return published;
  const ref = parseReference(published);
  if (!ref.ok) throw new RangeError(`publication date-time: ${ref.reason}`);
  return ref.value;
}

/** Extracts mentions and candidate events. Throws a RangeError for an unreadable publication date-time. */
export function extract(text: string, options: ExtractOptions): Extraction {
  const ref = resolveReference(options.published);
  const lang = options.lang ?? detectLanguage(text);
  const ctx = makeContext(text, lang, ref);
  const phrases = findPhrases(ctx);
  return {
    lang,
    mentions: phrases.map((m) => asTimex(ctx, m)),
    events: candidateEvents(ctx, phrases.filter(isDated), { sourceId: options.sourceId ?? 'source' }),
  };
}
