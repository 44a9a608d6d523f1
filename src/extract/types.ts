import type { Precision } from '../domain/when';
import type { Ymd } from './calendar';
import type { Span } from './sentences';

export type Lang = 'ru' | 'en';

/** A dated phrase found in a text. `text === content.slice(start, end)`, offsets in UTF-16 code units. */
export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The resolved date as EDTF: 2025-08-12, 2025-08, 2024, 2025-08-04/2025-08-10, 2025-08-15T21:54+03:00. */
  readonly value: string;
  readonly precision: Precision;
  /** The rule that produced the value, e.g. "weekday-by-tense". */
  readonly rule: string;
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
  /** Higher wins when two candidates overlap and are equally long; chrono is 0, own rules 1. */
  readonly priority: number;
  readonly time?: TimeParts;
}

export type Rule = (ctx: RuleContext) => Candidate[];
