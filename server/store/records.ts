import { createHash } from 'node:crypto';
import { RECORD_STORES, type RecordState } from '../../src/workspace/commands/command';
import type { RecordStore, StoredSource, WorkspaceRecord } from '../../src/workspace/types';
import type { Queryable } from '../db/database';

/**
 * SQL for the five record tables. A record is kept as the browser keeps it, as JSON text;
 * a source's text is kept apart, once per content, in `source_texts`.
 */

/** The key of a record across stores, for maps. */
export const recordKey = (store: RecordStore, id: string) => `${store}\u0001${id}`;

/** PostgreSQL text cannot hold NUL, which overlay ids use as a separator: escaped, reversibly. */
export function encodeId(id: string): string {
  return id.replaceAll('\\', '\\\\').replaceAll('\u0000', '\\0');
}

/** Hash of the text as stored (its JSON encoding keeps lone surrogates, which UTF-8 would not). */
export function textHash(textJson: string): string {
  return createHash('sha256').update(textJson).digest('hex');
}

/** A source without its text, and the text's hash: how sources are kept in rows and in the history. */
export function splitText(record: StoredSource): { record: StoredSource & { textHash: string }; textJson: string } {
  const textJson = JSON.stringify(record.source.text);
  return { record: { ...record, source: { ...record.source, text: '' }, textHash: textHash(textJson) }, textJson };
}

export async function putText(tx: Queryable, textJson: string): Promise<string> {
  const hash = textHash(textJson);
  await tx.query('insert into source_texts (hash, text_json) values ($1, $2) on conflict (hash) do nothing', [hash, textJson]);
  return hash;
}

export async function readTexts(tx: Queryable, hashes: readonly string[]): Promise<Map<string, string>> {
  if (!hashes.length) return new Map();
  const { rows } = await tx.query<{ hash: string; text_json: string }>('select hash, text_json from source_texts where hash = any($1)', [[...new Set(hashes)]]);
  return new Map(rows.map((r) => [r.hash, JSON.parse(r.text_json) as string]));
}

export function withText(record: StoredSource & { textHash?: string }, texts: ReadonlyMap<string, string>): StoredSource {
  const { textHash: hash, ...rest } = record;
  if (!hash) return rest;
  const text = texts.get(hash);
  if (text === undefined) throw new Error(`source text ${hash} is missing`);
  return { ...rest, source: { ...rest.source, text } };
}

interface Row {
  data: string;
  text_json?: string;
}

function fromRow(store: RecordStore, row: Row): WorkspaceRecord {
  const record = JSON.parse(row.data) as WorkspaceRecord & { textHash?: string };
  if (store !== 'sources') return record;
  const { textHash: _hash, ...source } = record as StoredSource & { textHash?: string };
  return { ...source, source: { ...source.source, text: JSON.parse(row.text_json!) as string } };
}

function selectFrom(store: RecordStore): string {
  return store === 'sources'
    ? 'select s.id, s.data, t.text_json from sources s join source_texts t on t.hash = s.text_hash'
    : `select id, data from ${store}`;
}

/**
 * Reads and locks the records a command touches, until the transaction ends. Rows are
 * locked in one order (store, then id) so that two commands never wait on each other.
 */
export async function lockRecords(tx: Queryable, workspaceId: string, keys: readonly { store: RecordStore; id: string }[]): Promise<Map<string, WorkspaceRecord>> {
  const out = new Map<string, WorkspaceRecord>();
  for (const store of RECORD_STORES) {
    const ids = [...new Set(keys.filter((k) => k.store === store).map((k) => encodeId(k.id)))];
    if (!ids.length) continue;
    const alias = store === 'sources' ? 's.' : '';
    const { rows } = await tx.query<Row>(
      `${selectFrom(store)} where ${alias}workspace_id = $1 and ${alias}id = any($2) order by ${alias}id for update${store === 'sources' ? ' of s' : ''}`,
      [workspaceId, ids],
    );
    for (const row of rows) {
      const record = fromRow(store, row);
      out.set(recordKey(store, record.id), record);
    }
  }
  return out;
}

/** Writes `after` over `current` (the locked row, null when there is none); `after: null` deletes. */
export async function writeRecord(tx: Queryable, workspaceId: string, store: RecordStore, current: WorkspaceRecord | null, after: WorkspaceRecord | null): Promise<void> {
  const id = encodeId((after ?? current)!.id);
  if (!after) {
    const { rows } = await tx.query(`delete from ${store} where workspace_id = $1 and id = $2 and rev = $3 returning id`, [workspaceId, id, current!.rev]);
    if (!rows.length) throw new Error(`${store} ${id} changed while locked`);
    return;
  }
  let data: string;
  const extra: Record<string, unknown> = {};
  if (store === 'sources') {
    const split = splitText(after as StoredSource);
    extra.text_hash = await putText(tx, split.textJson);
    data = JSON.stringify(split.record);
  } else data = JSON.stringify(after);
  if (store === 'events') {
    const e = after as Extract<WorkspaceRecord, { state: unknown }>;
    extra.source_id = e.sourceId;
    extra.state = e.state;
  }
  const columns = ['workspace_id', 'id', 'rev', 'data', ...Object.keys(extra)];
  const values = [workspaceId, id, after.rev, data, ...Object.values(extra)];
  if (!current) {
    await tx.query(`insert into ${store} (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
    return;
  }
  const sets = columns.slice(2).map((c, i) => `${c} = $${i + 3}`).join(', ');
  // The row must still be at the revision read: the trigger then checks that it counts up.
  const { rows } = await tx.query(`update ${store} set ${sets} where workspace_id = $1 and id = $2 and rev = $${values.length + 1} returning id`, [...values, current.rev]);
  if (!rows.length) throw new Error(`${store} ${id} changed while locked`);
}

/** Every record of a workspace, store by store. */
export async function readAllRecords(db: Queryable, workspaceId: string): Promise<RecordState> {
  const out = {} as Record<RecordStore, Map<string, WorkspaceRecord>>;
  for (const store of RECORD_STORES) {
    const alias = store === 'sources' ? 's.' : '';
    const { rows } = await db.query<Row>(`${selectFrom(store)} where ${alias}workspace_id = $1 order by ${alias}id`, [workspaceId]);
    out[store] = new Map(rows.map((r) => {
      const record = fromRow(store, r);
      return [record.id, record];
    }));
  }
  return out as unknown as RecordState;
}
