import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import type { ActorRecord, EventRecord, SourceRecord } from '../schema';
import { joinList, neutraliseFormula } from './csvCells';
import { precisionOfEdtf } from './precision';
import { CHRONOLOGY_FILES, EVENT_COLUMNS, EVIDENCE_COLUMNS, SOURCE_COLUMNS } from './tableColumns';

/**
 * A chronology as spreadsheet tables: the events alone, or events, their evidence and
 * their sources as three files in one ZIP. Every cell is neutralised against formula
 * injection; files start with a UTF-8 byte order mark so that spreadsheets read Cyrillic
 * as Cyrillic. Pure: returns text or bytes, the caller offers the download.
 */

export interface ChronologyRecords {
  readonly sources: readonly SourceRecord[];
  readonly events: readonly EventRecord[];
  /** Actors are written by name (a spreadsheet is read by people; the import finds them by name or alias again). */
  readonly actors?: readonly ActorRecord[];
}

/** Actor id → name, for the actors column. */
export function actorNames(actors: readonly ActorRecord[] = []): ReadonlyMap<string, string> {
  return new Map(actors.map((a) => [a.id, a.name]));
}

export type TableDelimiter = ',' | '\t';

const BOM = '\uFEFF';

function table(columns: readonly string[], rows: readonly (readonly string[])[], delimiter: TableDelimiter): string {
  const data = rows.map((row) => row.map(neutraliseFormula));
  // Papa quotes a cell only when it must (delimiter, quote, line break); CRLF as RFC 4180 asks.
  return BOM + Papa.unparse({ fields: [...columns], data }, { delimiter, newline: '\r\n' }) + '\r\n';
}

export function eventRows(events: readonly EventRecord[], names: ReadonlyMap<string, string> = new Map()): string[][] {
  return events.map((e) => [
    e.id,
    e.when,
    precisionOfEdtf(e.when) ?? '',
    e.kind,
    e.title,
    joinList(e.actors.map((id) => names.get(id) ?? id)),
    joinList(e.tags),
    e.review.status,
    e.description ?? '',
    e.note ?? '',
    joinList([...new Set(e.evidence.map((ev) => ev.sourceId))]),
  ]);
}

export function eventsTable(events: readonly EventRecord[], delimiter: TableDelimiter = ',', names?: ReadonlyMap<string, string>): string {
  return table(EVENT_COLUMNS, eventRows(events, names), delimiter);
}

export function evidenceTable(events: readonly EventRecord[], delimiter: TableDelimiter = ','): string {
  const rows = events.flatMap((e) => e.evidence.map((ev) => [e.id, ev.sourceId, String(ev.start), String(ev.end), ev.quote, ev.when ?? '']));
  return table(EVIDENCE_COLUMNS, rows, delimiter);
}

export function sourcesTable(sources: readonly SourceRecord[], delimiter: TableDelimiter = ','): string {
  const rows = sources.map((s) => [
    s.id, s.title, s.publisher ?? '', s.url ?? '', s.language, s.published ?? '', s.publishedZone ?? '', s.byline ?? '', s.text,
  ]);
  return table(SOURCE_COLUMNS, rows, delimiter);
}

/** events.csv, evidence.csv and sources.csv in one ZIP. */
export function chronologyZip(records: ChronologyRecords, options: { readonly mtime?: Date } = {}): Uint8Array {
  // A fixed time by default, so the same chronology gives the same bytes.
  const mtime = options.mtime ?? new Date(Date.UTC(2000, 0, 1));
  return zipSync(
    {
      [CHRONOLOGY_FILES.events]: strToU8(eventsTable(records.events, ',', actorNames(records.actors))),
      [CHRONOLOGY_FILES.evidence]: strToU8(evidenceTable(records.events)),
      [CHRONOLOGY_FILES.sources]: strToU8(sourcesTable(records.sources)),
    },
    { level: 6, mtime },
  );
}
