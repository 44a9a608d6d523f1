import { tableFromIPC, type Table } from '@uwdata/flechette';
import type { Dataset } from '../dataset';
import { parseDataset, type ParseOutcome, type Problem } from '../parseDataset';
import { DATASET_FORMAT, DATASET_VERSION } from '../schema';
import {
  DESCRIPTION_KEY,
  FORMAT_KEY,
  SCENES_KEY,
  TABLE_KEY,
  TABLE_NAMES,
  TITLE_KEY,
  VERSION_KEY,
  type TableName,
} from './arrowTables';
import { edtfFromInstants } from './edtfFromInstants';
import { ArrowFramingError, splitStreams } from './framing';

/**
 * A Sourceline Arrow file → the dataset's JSON form, which parseDataset then validates
 * exactly as it validates a JSON file: one set of rules, one kind of problem list, with
 * paths that name the row (`events[3].kind`, `evidence[12].quote`… reported against the
 * event the evidence belongs to). Unusable files (cut short, corrupt, no events table)
 * give `value: null` and a problem saying why.
 */
export function readArrowDataset(bytes: Uint8Array): ParseOutcome<Dataset> {
  const input = arrowToDatasetInput(bytes);
  if (!input.value) return { value: null, problems: input.problems };
  const parsed = parseDataset(input.value);
  return { value: parsed.value, problems: [...input.problems, ...parsed.problems] };
}

export function arrowToDatasetInput(bytes: Uint8Array): ParseOutcome<Record<string, unknown>> {
  const problems: Problem[] = [];
  const fail = (message: string): ParseOutcome<Record<string, unknown>> => ({
    value: null,
    problems: [...problems, { path: '(root)', message, severity: 'error' }],
  });
  let streams: Uint8Array[];
  try {
    streams = splitStreams(bytes);
  } catch (e) {
    if (e instanceof ArrowFramingError) return fail(`not a readable Arrow file: ${e.message}`);
    throw e;
  }
  const tables = new Map<TableName, Table>();
  for (const [i, stream] of streams.entries()) {
    let table: Table;
    try {
      table = tableFromIPC(stream);
    } catch (e) {
      return fail(`not a readable Arrow file: table ${i + 1} cannot be decoded (${(e as Error).message})`);
    }
    // A file written by hand with one table and no metadata is taken as the events.
    const name = table.schema.metadata?.get(TABLE_KEY) ?? (streams.length === 1 ? 'events' : undefined);
    if (!name || !(TABLE_NAMES as readonly string[]).includes(name)) {
      problems.push({
        path: `(table ${i + 1})`,
        message: `table ${i + 1} is ${name ? `named "${name}"` : 'not named'} and was left out; name each table in its schema metadata "${TABLE_KEY}" as one of ${TABLE_NAMES.join(', ')}`,
        severity: 'warning',
      });
      continue;
    }
    if (tables.has(name as TableName)) return fail(`the file holds two "${name}" tables; it must hold one of each`);
    tables.set(name as TableName, table);
  }
  const events = tables.get('events');
  if (!events) return fail(`the file has no events table (a table whose schema metadata "${TABLE_KEY}" is "events")`);
  if (!events.getChild('when') && !events.getChild('start')) {
    return fail('the events table needs a "when" column (EDTF text) or a "start" column (timestamps)');
  }

  const meta = events.schema.metadata ?? new Map<string, string>();
  const format = meta.get(FORMAT_KEY);
  if (format !== undefined && format !== DATASET_FORMAT) return fail(`not a Sourceline dataset: "${FORMAT_KEY}" is "${format}", expected "${DATASET_FORMAT}"`);
  const version = meta.get(VERSION_KEY);
  if (version !== undefined && version !== String(DATASET_VERSION)) {
    return fail(`unsupported version "${version}": this app reads version ${DATASET_VERSION}`);
  }
  let scenes: unknown = [];
  const scenesText = meta.get(SCENES_KEY);
  if (scenesText !== undefined) {
    try {
      scenes = JSON.parse(scenesText);
    } catch (e) {
      problems.push({ path: 'scenes', message: `the story in "${SCENES_KEY}" is not JSON and was left out (${(e as Error).message})`, severity: 'warning' });
    }
  }

  return {
    value: {
      format: DATASET_FORMAT,
      version: DATASET_VERSION,
      ...(meta.has(TITLE_KEY) ? { title: meta.get(TITLE_KEY) } : {}),
      ...(meta.has(DESCRIPTION_KEY) ? { description: meta.get(DESCRIPTION_KEY) } : {}),
      sources: rowsOf(tables.get('sources'), sourceRow),
      actors: rowsOf(tables.get('actors'), actorRow),
      events: eventRows(events, tables.get('evidence')),
      scenes,
    },
    problems,
  };
}

type Get = (name: string) => unknown;

/** Column readers for a table; a missing column reads as null, which the schema reports if it matters. */
function rowsOf<T>(table: Table | undefined, toRow: (get: Get) => T): T[] {
  if (!table) return [];
  const columns = new Map(table.names.map((n) => [String(n), table.getChild(n).toArray() as ArrayLike<unknown>]));
  const out: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) out[i] = toRow((name) => columns.get(name)?.[i] ?? null);
  return out;
}

/**
 * Only the fields that have a value: the schema's optional fields reject null. Built
 * anew rather than by deleting keys, which would turn every row into a slow
 * dictionary-mode object before zod reads it.
 */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

/** Lists come back as typed arrays or arrays depending on the child type; the schema wants arrays. */
function listOf(value: unknown): unknown[] | undefined {
  if (value === null || value === undefined) return undefined;
  return Array.from(value as ArrayLike<unknown>);
}

function sourceRow(get: Get): Record<string, unknown> {
  return defined({
    id: get('id'),
    title: get('title'),
    publisher: get('publisher'),
    url: get('url'),
    byline: get('byline'),
    language: get('language'),
    published: get('published'),
    publishedZone: get('published_zone'),
    text: get('text'),
  });
}

function actorRow(get: Get): Record<string, unknown> {
  return defined({ id: get('id'), name: get('name'), aliases: listOf(get('aliases')), type: get('type') });
}

function phraseOf(get: Get): { start: unknown; end: unknown } | undefined {
  const start = get('provenance_phrase_start');
  const end = get('provenance_phrase_end');
  return start === null && end === null ? undefined : { start, end };
}

function eventRows(events: Table, evidence: Table | undefined): Record<string, unknown>[] {
  const evidenceByEvent = new Map<unknown, Record<string, unknown>[]>();
  for (const row of rowsOf(evidence, (get) => ({
    eventId: get('event_id'),
    span: defined({ sourceId: get('source_id'), start: get('start'), end: get('end'), quote: get('quote'), when: get('when') }),
  }))) {
    const list = evidenceByEvent.get(row.eventId);
    if (list) list.push(row.span);
    else evidenceByEvent.set(row.eventId, [row.span]);
  }
  return rowsOf(events, (get) => {
    const status = get('review_status');
    const method = get('provenance_method');
    const editedAt = get('edited_at');
    return defined({
      id: get('id'),
      title: get('title'),
      when: get('when') ?? edtfFromInstants(get('start') as number | null, get('end') as number | null, get('precision') as string | null),
      kind: get('kind'),
      actors: listOf(get('actors')),
      tags: listOf(get('tags')),
      description: get('description'),
      evidence: evidenceByEvent.get(get('id')),
      relations: listOf(get('relations')),
      review: status === null ? undefined : defined({ status, reviewedAt: get('reviewed_at'), reviewer: get('reviewer') }),
      confidence: get('confidence'),
      provenance: method === null ? undefined : defined({ method, extractor: get('provenance_extractor'), rule: get('provenance_rule'), phrase: phraseOf(get) }),
      note: get('note'),
      edited: editedAt === null ? undefined : defined({ at: editedAt, by: get('edited_by') }),
    });
  });
}
