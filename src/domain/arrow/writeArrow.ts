import { tableFromArrays, tableToIPC, type DataType } from '@uwdata/flechette';
import type { DatasetInput } from '../schema';
import { DATASET_FORMAT, DATASET_VERSION } from '../schema';
import { extentOf, parseEdtf } from '../when';
import {
  ACTOR_COLUMNS,
  DESCRIPTION_KEY,
  EVENT_COLUMNS,
  EVIDENCE_COLUMNS,
  FORMAT_KEY,
  SCENES_KEY,
  SOURCE_COLUMNS,
  TABLE_KEY,
  TITLE_KEY,
  VERSION_KEY,
  type TableName,
} from './arrowTables';
import { concatStreams } from './framing';

/**
 * A dataset in its JSON form → a Sourceline Arrow file (see arrowTables.ts and
 * docs/data-format.md): the events table first, carrying the dataset's own fields in its
 * schema metadata, then evidence, sources and actors.
 */
export function datasetToArrow(dataset: DatasetInput): Uint8Array {
  const events = dataset.events.map(asRecord);
  const eventMeta = new Map<string, string>([
    [FORMAT_KEY, DATASET_FORMAT],
    [VERSION_KEY, String(DATASET_VERSION)],
  ]);
  if (dataset.title !== undefined) eventMeta.set(TITLE_KEY, dataset.title);
  if (dataset.description !== undefined) eventMeta.set(DESCRIPTION_KEY, dataset.description);
  if (dataset.scenes && dataset.scenes.length > 0) eventMeta.set(SCENES_KEY, JSON.stringify(dataset.scenes));

  return concatStreams([
    encodeTable('events', EVENT_COLUMNS, eventColumns(events), eventMeta),
    encodeTable('evidence', EVIDENCE_COLUMNS, evidenceColumns(events)),
    encodeTable('sources', SOURCE_COLUMNS, {
      id: dataset.sources.map((s) => s.id),
      title: dataset.sources.map((s) => s.title),
      publisher: dataset.sources.map((s) => s.publisher ?? null),
      url: dataset.sources.map((s) => s.url ?? null),
      byline: dataset.sources.map((s) => s.byline ?? null),
      language: dataset.sources.map((s) => s.language),
      published: dataset.sources.map((s) => s.published ?? null),
      published_zone: dataset.sources.map((s) => s.publishedZone ?? null),
      text: dataset.sources.map((s) => s.text),
    }),
    encodeTable('actors', ACTOR_COLUMNS, {
      id: (dataset.actors ?? []).map((a) => a.id),
      name: (dataset.actors ?? []).map((a) => a.name),
      aliases: (dataset.actors ?? []).map((a) => a.aliases ?? []),
      type: (dataset.actors ?? []).map((a) => a.type ?? null),
    }),
  ]);
}

type Row = Record<string, unknown>;
type Columns<C> = { [K in keyof C]: unknown[] };

function asRecord(event: unknown): Row {
  return event as Row;
}

function eventColumns(events: readonly Row[]): Columns<typeof EVENT_COLUMNS> {
  const n = events.length;
  const cols = Object.fromEntries(Object.keys(EVENT_COLUMNS).map((k) => [k, new Array<unknown>(n)])) as Columns<typeof EVENT_COLUMNS>;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const edtf = e.when as string;
    const parsed = parseEdtf(edtf);
    const extent = parsed.ok ? extentOf(parsed.value) : null;
    const review = e.review as { status?: string; reviewedAt?: string; reviewer?: string } | undefined;
    const provenance = e.provenance as { method?: string; extractor?: string; rule?: string; phrase?: { start: number; end: number } } | undefined;
    const edited = e.edited as { at?: string; by?: string } | undefined;
    cols.id[i] = e.id;
    cols.title[i] = e.title;
    cols.when[i] = edtf;
    // An open end ("2024/..") has no instant: the column says null, `when` says the rest.
    cols.start[i] = extent && Number.isFinite(extent.start) ? extent.start : null;
    cols.end[i] = extent && Number.isFinite(extent.end) ? extent.end : null;
    cols.precision[i] = extent?.precision ?? null;
    cols.kind[i] = e.kind;
    cols.actors[i] = (e.actors as string[] | undefined) ?? [];
    cols.tags[i] = (e.tags as string[] | undefined) ?? [];
    cols.description[i] = e.description ?? null;
    cols.relations[i] = (e.relations as unknown[] | undefined) ?? [];
    cols.review_status[i] = review?.status ?? null;
    cols.reviewed_at[i] = review?.reviewedAt ?? null;
    cols.reviewer[i] = review?.reviewer ?? null;
    cols.confidence[i] = e.confidence ?? null;
    cols.provenance_method[i] = provenance?.method ?? null;
    cols.provenance_extractor[i] = provenance?.extractor ?? null;
    cols.provenance_rule[i] = provenance?.rule ?? null;
    cols.provenance_phrase_start[i] = provenance?.phrase?.start ?? null;
    cols.provenance_phrase_end[i] = provenance?.phrase?.end ?? null;
    cols.note[i] = e.note ?? null;
    cols.edited_at[i] = edited?.at ?? null;
    cols.edited_by[i] = edited?.by ?? null;
  }
  return cols;
}

function evidenceColumns(events: readonly Row[]): Columns<typeof EVIDENCE_COLUMNS> {
  const cols: Columns<typeof EVIDENCE_COLUMNS> = { event_id: [], source_id: [], start: [], end: [], quote: [], when: [] };
  for (const e of events) {
    for (const ev of (e.evidence as Row[] | undefined) ?? []) {
      cols.event_id.push(e.id);
      cols.source_id.push(ev.sourceId);
      cols.start.push(ev.start);
      cols.end.push(ev.end);
      cols.quote.push(ev.quote);
      cols.when.push(ev.when ?? null);
    }
  }
  return cols;
}

/** Kept even when empty, so that a reader always finds an event's identity and date. */
const REQUIRED = new Set(['id', 'title', 'when', 'start', 'end', 'precision', 'kind', 'event_id', 'source_id', 'quote', 'text', 'name', 'language']);

function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

function encodeTable(
  name: TableName,
  types: Record<string, DataType>,
  columns: Record<string, unknown[]>,
  metadata: Map<string, string> = new Map(),
): Uint8Array {
  // A column with no value in any row is left out (the reader treats a missing column as
  // all null): generated and extracted data fill few of the optional fields, and each
  // empty text column would still cost four bytes of offsets per row.
  const kept = Object.entries(columns).filter(([column, values]) => REQUIRED.has(column) || values.some(hasValue));
  const table = tableFromArrays(kept, { types: Object.fromEntries(kept.map(([column]) => [column, types[column]!])) });
  table.schema.metadata = new Map([[TABLE_KEY, name], ...metadata]);
  const bytes = tableToIPC(table, { format: 'stream' });
  if (!bytes) throw new Error(`encoding the ${name} table produced no bytes`);
  return bytes;
}
