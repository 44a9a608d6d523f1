import { parseCalendarDate } from '../domain/when';
import type { Reference } from './types';

export type ReferenceResult = { ok: true; value: Reference } | { ok: false; reason: string };

/**
 * Reads a publication date-time such as "2025-08-13T10:15+03:00". The offset is
 * required: relative phrases ("yesterday", "at 21:54") are resolved on the
 * publisher's wall clock, which an instant without a zone does not give.
 */
export function parseReference(iso: string): ReferenceResult {
  const parsed = parseCalendarDate(iso.trim());
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const d = parsed.value;
  if (d.precision !== 'minute' || d.offsetMinutes === undefined) {
    return { ok: false, reason: `"${iso}" needs a time and an offset, like 2025-08-13T10:15+03:00` };
  }
  return {
    ok: true,
    value: {
      year: d.year, month: d.month ?? 1, day: d.day ?? 1,
      hour: d.hour ?? 0, minute: d.minute ?? 0, offsetMinutes: d.offsetMinutes,
    },
  };
}
