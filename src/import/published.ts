import { daysInMonth } from '../domain/when';
import { formatOffset } from './zoneOffset';

/** A span of the analysed text: UTF-16 offsets, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Something the import assumed rather than read: the analyst confirms it before extraction. */
export type Assumption = 'zone' | 'time';

/**
 * A proposed publication date-time. `value` is EDTF ready for `Source.published`:
 * minute precision with its offset when the time and the offset are known or assumed
 * ("2025-08-13T10:15+03:00"), the day alone otherwise ("2025-08-13").
 */
export interface PublishedProposal {
  readonly value: string;
  readonly date: { readonly year: number; readonly month: number; readonly day: number };
  readonly time: { readonly hour: number; readonly minute: number } | null;
  /** null: the offset is unknown (and was not assumed). */
  readonly offsetMinutes: number | null;
  /** IANA zone when named or assumed, e.g. "Europe/Moscow"; null when only an offset is known. */
  readonly zone: string | null;
  /** What was assumed, not read: the UI must ask the analyst to confirm these. */
  readonly assumed: readonly Assumption[];
  /** 0–1: how sure the analysis is that this is the publication time. */
  readonly confidence: number;
  /** Where in the text it was read; null when it came from meta data. */
  readonly span: TextSpan | null;
  /** Why this was proposed, in words. */
  readonly why: string;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function publishedValue(
  date: PublishedProposal['date'],
  time: PublishedProposal['time'],
  offsetMinutes: number | null,
): string {
  const day = `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
  if (!time || offsetMinutes === null) return day;
  return `${day}T${pad2(time.hour)}:${pad2(time.minute)}${formatOffset(offsetMinutes)}`;
}

export function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && year >= 1000 && year <= 9999;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu;

/**
 * Reads an ISO 8601 date or date-time (as pages declare them: "2025-08-13T10:15:00+03:00",
 * "2025-08-13T07:15:00.000Z", "2025-08-13") into a proposal; null when it is not one.
 * The offset is kept as written: the publisher's wall clock is what relative dates in
 * the text are read against.
 */
export function isoToPublished(raw: string, how: { why: string; confidence: number }): PublishedProposal | null {
  const m = ISO.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, , zone] = m;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  if (!validDate(date.year, date.month, date.day)) return null;
  let time: PublishedProposal['time'] = null;
  if (h !== undefined) {
    time = { hour: Number(h), minute: Number(mi) };
    if (time.hour > 23 || time.minute > 59) return null;
  }
  let offsetMinutes: number | null = null;
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const z = /^([+-])(\d{2}):?(\d{2})?$/u.exec(zone)!;
      offsetMinutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
    }
  }
  return {
    value: publishedValue(date, time, offsetMinutes), date, time, offsetMinutes,
    zone: offsetMinutes === 0 ? 'UTC' : null, assumed: [],
    confidence: time && offsetMinutes !== null ? how.confidence : how.confidence * 0.8,
    span: null, why: how.why,
  };
}

/**
 * The publication moment `extract` needs (minute precision with an offset), or null
 * when the offset is unknown: the UI must ask for the zone first. A proposal without a
 * time is placed at noon, which keeps "yesterday" and "on Tuesday" on the right day;
 * the returned `assumed` then includes "time".
 */
export function referenceFor(p: PublishedProposal): { value: string; assumed: readonly Assumption[] } | null {
  if (p.offsetMinutes === null) return null;
  if (p.time) return { value: p.value, assumed: p.assumed };
  return { value: publishedValue(p.date, { hour: 12, minute: 0 }, p.offsetMinutes), assumed: [...p.assumed, 'time'] };
}
