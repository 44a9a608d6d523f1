import { formatOffset, zoneOffsetAt, type Assumption, type PublishedProposal } from '../../import';

/**
 * The publication date-time as the import dialog edits it: three fields the analyst can
 * read and correct, checked into what the source stores (`published`, `publishedZone`)
 * and what the extractor reads relative dates against (`reference`, minute precision
 * with an offset). Pure.
 */

export interface PublishedFields {
  /** YYYY-MM-DD, as <input type="date"> gives it. */
  readonly date: string;
  /** HH:MM, or empty when the text gives no time. */
  readonly time: string;
  /** An IANA zone ("Europe/Moscow"), "UTC", or an offset ("+03:00"). */
  readonly zone: string;
}

export const EMPTY_FIELDS: PublishedFields = { date: '', time: '', zone: '' };

const pad2 = (n: number) => String(n).padStart(2, '0');

export function fieldsFromProposal(p: PublishedProposal | null): PublishedFields {
  if (!p) return EMPTY_FIELDS;
  const date = `${String(p.date.year).padStart(4, '0')}-${pad2(p.date.month)}-${pad2(p.date.day)}`;
  const time = p.time ? `${pad2(p.time.hour)}:${pad2(p.time.minute)}` : '';
  const zone = p.zone ?? (p.offsetMinutes === null ? '' : p.offsetMinutes === 0 ? 'UTC' : formatOffset(p.offsetMinutes));
  return { date, time, zone };
}

/** A problem with a field as a catalogue key and its values; the form words it in the interface language. */
export interface FieldProblem {
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
}

export type PublishedCheck =
  | {
    readonly ok: true;
    /** For Source.published: the day, or the minute with its offset. */
    readonly published: string;
    /** For Source.publishedZone, when the zone is a named one. */
    readonly publishedZone: string | null;
    /** What extraction resolves against; noon when no time was given. */
    readonly reference: string;
    readonly assumed: readonly Assumption[];
  }
  | { readonly ok: false; readonly errors: Partial<Record<keyof PublishedFields, FieldProblem>> };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/u;
const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/iu;

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1000 && y <= 9999 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The offset a zone field names on a given wall-clock day and time, or a reason it cannot be read. */
export function zoneOffset(zone: string, y: number, m: number, d: number, hour: number, minute: number): { offset: number; named: string | null } | FieldProblem {
  const z = zone.trim();
  if (!z) return { key: 'import.problem.zoneMissing' };
  if (/^(UTC|GMT|Z)$/iu.test(z)) return { offset: 0, named: 'UTC' };
  const o = OFFSET.exec(z);
  if (o) {
    const minutes = Number(o[2]) * 60 + Number(o[3] ?? 0);
    if (Number(o[2]) > 14 || Number(o[3] ?? 0) > 59) return { key: 'import.problem.notAnOffset', params: { value: z } };
    return { offset: (o[1] === '-' ? -1 : 1) * minutes, named: null };
  }
  const offset = zoneOffsetAt(z, y, m, d, hour, minute);
  return offset === null ? { key: 'import.problem.unknownZone', params: { value: z } } : { offset, named: z };
}

export function checkPublished(fields: PublishedFields, assumed: readonly Assumption[] = []): PublishedCheck {
  const errors: Partial<Record<keyof PublishedFields, FieldProblem>> = {};
  const dm = DATE.exec(fields.date.trim());
  const y = Number(dm?.[1]);
  const m = Number(dm?.[2]);
  const d = Number(dm?.[3]);
  if (!dm || !validDay(y, m, d)) errors.date = fields.date.trim() ? { key: 'import.problem.notADate', params: { value: fields.date } } : { key: 'import.problem.dateMissing' };
  const tm = fields.time.trim() ? TIME.exec(fields.time.trim()) : null;
  if (fields.time.trim() && !tm) errors.time = { key: 'import.problem.notATime', params: { value: fields.time } };
  const hour = tm ? Number(tm[1]) : 12;
  const minute = tm ? Number(tm[2]) : 0;
  const zone = dm ? zoneOffset(fields.zone, y, m, d, hour, minute) : fields.zone.trim() ? null : zoneOffset('', 0, 0, 0, 0, 0);
  if (zone && 'key' in zone) errors.zone = zone;
  if (Object.keys(errors).length > 0 || !dm || !zone || 'key' in zone) return { ok: false, errors };

  const day = `${dm[1]}-${dm[2]}-${dm[3]}`;
  const at = (h: number, mi: number) => `${day}T${pad2(h)}:${pad2(mi)}${formatOffset(zone.offset)}`;
  return {
    ok: true,
    published: tm ? at(hour, minute) : day,
    publishedZone: zone.named,
    reference: at(hour, minute),
    assumed: tm ? assumed.filter((a) => a !== 'time') : [...new Set<Assumption>([...assumed, 'time'])],
  };
}
