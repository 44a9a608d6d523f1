import type { Precision } from '../domain/when';
import type { Ymd } from './calendar';
import type { Span } from './sentences';

export type Lang = 'ru' | 'en';

/**
 * TimeML's TIMEX3 types. Only date and time mentions with a calendar value become candidate
 * events; a duration's value is ISO 8601 (P3Y), a set's TimeML's (P1W, quant EVERY), and a
 * date may be a vague reference (PRESENT_REF, PAST_REF, FUTURE_REF) instead of EDTF.
 */
export type TimexType = 'date' | 'time' | 'duration' | 'set';

/** A dated phrase found in a text. `text === content.slice(start, end)`, offsets in UTF-16 code units. */
export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Always set by findMentions; optional so that a phrase made up for a title need not invent one. */
  readonly type?: TimexType;
  /** The resolved date as EDTF: 2025-08-12, 2025-08, 2024, 2025-08-04/2025-08-10, 2025-08-15T21:54+03:00. */
  readonly value: string;
  readonly precision: Precision;
  /** The rule that produced the value, e.g. "weekday-by-tense". */
  readonly rule: string;
  /**
   * How TimeML types and values the phrase when that differs from the event's reading: "the past
   * five days" is an interval for the candidate event but the duration P5D for TimeML. Mentions
   * as findMentions returns them carry it as their type and value instead.
   */
  readonly timex?: { readonly type: TimexType; readonly value: string };
  /** For an anniversary: the date of the original event and its name, when known. */
  readonly original?: { readonly value: string; readonly title: string };
}

/** The publication moment as read on the publisher's wall clock. */
export interface Reference extends Ymd {
  readonly hour: number;
  readonly minute: number;
  readonly offsetMinutes: number;
}

/** Everything a rule needs: the text, its language, the publication moment and the sentences. */
export interface RuleContext {
  readonly text: string;
  readonly lang: Lang;
  readonly ref: Reference;
  readonly sentences: readonly Span[];
}

/** A wall-clock time found in the text, kept apart so that later passes can give it a date or a zone. */
export interface TimeParts {
  readonly date: Ymd;
  readonly hour: number;
  readonly minute: number;
  /** undefined: "local time" of a place not named. */
  readonly offsetMinutes: number | undefined;
  /** The phrase itself gave the day (not taken from the publication). */
  readonly dateGiven: boolean;
  /** The phrase itself gave the zone (not taken from the publication). */
  readonly zoneGiven: boolean;
}

/** A mention while the passes work on it. */
export interface Candidate extends Mention {
  /** Set by the rules for non-dates; dates and times are told apart by precision. */
  readonly type?: TimexType;
  /** Higher wins when two candidates overlap and are equally long; chrono is 0, own rules 1. */
  readonly priority: number;
  readonly time?: TimeParts;
}

export type Rule = (ctx: RuleContext) => Candidate[];
