import Papa from 'papaparse';
import { z } from 'zod';
import { formatWhen } from '../formatWhen';
import { parseEdtf, type CalendarDate, type SpanEnd, type When } from '../when';
import type { Problem } from '../parseDataset';
import type { ActorRecord, EventRecord, SourceRecord } from '../schema';

/**
 * TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html), both
 * ways. Out: each event with its date parts at the precision Sourceline knows, its title
 * and description (escaped: TimelineJS reads text as HTML), its first excerpt quoted with
 * the source's title, its first actor as the group, its id as unique_id. In: the JSON is
 * turned into the rows of a TimelineJS sheet, so that it goes through the same mapping,
 * preview and command as a spreadsheet. TimelineJS has no precision beyond the date parts
 * given, no uncertainty, no bounds and no evidence spans: see docs/exchange.md.
 */

const datePart = z.union([z.number(), z.string()]).transform((v) => String(v).trim());
const tjsDate = z.object({
  year: datePart,
  month: datePart.optional(),
  day: datePart.optional(),
  hour: datePart.optional(),
  minute: datePart.optional(),
  second: datePart.optional(),
  display_date: z.string().optional(),
});
const tjsText = z.object({ headline: z.string().optional(), text: z.string().optional() });
const tjsEvent = z.object({
  start_date: tjsDate,
  end_date: tjsDate.optional(),
  text: tjsText.optional(),
  group: z.string().optional(),
  unique_id: z.string().optional(),
  display_date: z.string().optional(),
});
export const timelineJsSchema = z.object({
  title: z.object({ text: tjsText.optional() }).loose().optional(),
  events: z.array(z.unknown()),
  eras: z.array(z.unknown()).optional(),
});

export type TimelineJsDate = z.input<typeof tjsDate>;
export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text?: string };
  group?: string;
  unique_id: string;
  display_date?: string;
}
export interface TimelineJsDocument {
  title?: { text: { headline: string; text?: string } };
  events: TimelineJsEvent[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };
/** A headline is HTML in TimelineJS, a title is text here: character references are read, tags stay as written (shown as text). */
export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/gu, (_, name: string) => ENTITIES[name]!);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function dateParts(d: CalendarDate): TimelineJsDate {
  return {
    year: d.year,
    ...(d.precision !== 'year' && d.month ? { month: d.month } : {}),
    ...((d.precision === 'day' || d.precision === 'minute') && d.day ? { day: d.day } : {}),
    ...(d.precision === 'minute' ? { hour: d.hour ?? 0, minute: d.minute ?? 0 } : {}),
  };
}

const known = (end: SpanEnd): CalendarDate | null => (typeof end === 'string' ? null : end.date);

/** Start and end for TimelineJS, and a display date in words when the parts alone would say more than Sourceline knows. */
function datesOf(when: When, locale: string): { start: CalendarDate; end?: CalendarDate; display?: string } | null {
  const words = formatWhen(when, locale);
  switch (when.type) {
    case 'point':
      return { start: when.at.date, ...(when.at.approximate || when.at.uncertain ? { display: words } : {}) };
    case 'span': {
      const start = known(when.start);
      const end = known(when.end);
      if (start) return { start, ...(end ? { end } : {}), ...(!end || typeof when.start !== 'string' && (when.start.approximate || when.start.uncertain) ? { display: words } : {}) };
      return end ? { start: end, display: words } : null;
    }
    case 'bounded': {
      const at = when.latest ?? when.earliest;
      return at ? { start: at, display: words } : null;
    }
  }
}

/** `locale`: the language of the display dates written in words ("before 12 Aug 2025"); the interface's. */
export function writeTimelineJs(
  records: { events: readonly EventRecord[]; sources: readonly SourceRecord[]; actors?: readonly ActorRecord[]; title?: string },
  locale = 'en-GB',
): TimelineJsDocument {
  const sources = new Map(records.sources.map((s) => [s.id, s]));
  const actors = new Map((records.actors ?? []).map((a) => [a.id, a.name]));
  const events: TimelineJsEvent[] = [];
  for (const e of records.events) {
    const parsed = parseEdtf(e.when);
    const dates = parsed.ok ? datesOf(parsed.value, locale) : null;
    if (!dates) continue;
    const evidence = e.evidence[0];
    const source = evidence ? sources.get(evidence.sourceId) : undefined;
    const body = [
      e.description ? `<p>${escapeHtml(e.description)}</p>` : '',
      evidence ? `<blockquote>${escapeHtml(evidence.quote)}</blockquote>` : '',
      source ? `<p><cite>${escapeHtml(source.title)}</cite>${source.publisher ? `, ${escapeHtml(source.publisher)}` : ''}</p>` : '',
    ].join('');
    const group = e.actors[0] ? (actors.get(e.actors[0]) ?? e.actors[0]) : undefined;
    events.push({
      start_date: { ...dateParts(dates.start), ...(dates.display ? { display_date: dates.display } : {}) },
      ...(dates.end ? { end_date: dateParts(dates.end) } : {}),
      text: { headline: escapeHtml(e.title), ...(body ? { text: body } : {}) },
      ...(group ? { group } : {}),
      unique_id: e.id,
    });
  }
  return { ...(records.title ? { title: { text: { headline: escapeHtml(records.title) } } } : {}), events };
}

export const TIMELINEJS_SHEET_COLUMNS = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Group', 'Unique Id'] as const;

/**
 * A TimelineJS JSON document → the rows of a TimelineJS sheet (with a Unique Id column),
 * for the table import. Events that are not objects with a start year are listed as problems.
 */
export function timelineJsToSheet(json: unknown): { value: string | null; problems: Problem[] } {
  const doc = timelineJsSchema.safeParse(json);
  if (!doc.success) return { value: null, problems: [{ path: 'events', message: 'is not a TimelineJS timeline: it needs an "events" list', severity: 'error' }] };
  const problems: Problem[] = [];
  const rows: string[][] = [];
  doc.data.events.forEach((raw, i) => {
    const parsed = tjsEvent.safeParse(raw);
    if (!parsed.success) {
      problems.push({ path: `events[${i}]`, message: 'has no start_date with a year; left out', severity: 'warning' });
      return;
    }
    const e = parsed.data;
    const time = (d?: z.infer<typeof tjsDate>) => (d?.hour ? `${d.hour.padStart(2, '0')}:${(d.minute ?? '0').padStart(2, '0')}` : '');
    rows.push([
      e.start_date.year, e.start_date.month ?? '', e.start_date.day ?? '', time(e.start_date),
      e.end_date?.year ?? '', e.end_date?.month ?? '', e.end_date?.day ?? '', time(e.end_date),
      e.start_date.display_date ?? e.display_date ?? '', decodeEntities(e.text?.headline ?? ''), e.text?.text ?? '', e.group ?? '', e.unique_id ?? '',
    ]);
  });
  return { value: Papa.unparse({ fields: [...TIMELINEJS_SHEET_COLUMNS], data: rows }, { newline: '\n' }), problems };
}
