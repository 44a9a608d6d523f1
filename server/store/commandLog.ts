import type { RecordChange } from '../../src/workspace/commands/command';
import type { StoredSource } from '../../src/workspace/types';
import type { Queryable } from '../db/database';
import { readTexts, splitText, withText } from './records';

/**
 * SQL for `commands`, the history. Changes are kept as applied (the revisions actually
 * written), with source texts replaced by their hash so that a text is stored once.
 */

export interface LoggedCommand {
  readonly seq: number;
  readonly id: string;
  readonly memberId: string;
  readonly by: string;
  readonly at: string;
  readonly label: string;
  readonly changes: RecordChange[];
  readonly undoes: string | null;
  readonly undoneBy: string | null;
}

interface Row {
  seq: string | number;
  id: string;
  member_id: string;
  by: string;
  at: Date | string;
  label: string;
  changes: string;
  undoes: string | null;
  undone_by: string | null;
}

const SELECT = `select c.seq, c.id, c.member_id, m.name as by, c.at, c.label, c.changes, c.undoes, c.undone_by
  from commands c join members m on m.id = c.member_id`;

function dehydrate(changes: readonly RecordChange[]): string {
  const strip = (r: RecordChange['before']) => (r ? splitText(r as StoredSource).record : r);
  return JSON.stringify(changes.map((c) => (c.store === 'sources' ? { ...c, before: strip(c.before), after: strip(c.after) } : c)));
}

async function hydrate(tx: Queryable, rows: readonly Row[]): Promise<LoggedCommand[]> {
  const parsed = rows.map((r) => ({ row: r, changes: JSON.parse(r.changes) as RecordChange[] }));
  const hashes: string[] = [];
  for (const { changes } of parsed) {
    for (const c of changes) {
      if (c.store !== 'sources') continue;
      for (const r of [c.before, c.after]) if (r && 'textHash' in r) hashes.push(r.textHash as string);
    }
  }
  const texts = await readTexts(tx, hashes);
  return parsed.map(({ row, changes }) => ({
    seq: Number(row.seq),
    id: row.id,
    memberId: row.member_id,
    by: row.by,
    at: new Date(row.at).toISOString(),
    label: row.label,
    undoes: row.undoes,
    undoneBy: row.undone_by,
    changes: changes.map((c) => (c.store === 'sources'
      ? { ...c, before: c.before && withText(c.before, texts), after: c.after && withText(c.after, texts) }
      : c)),
  }));
}

export async function findCommand(tx: Queryable, workspaceId: string, id: string, lock = false): Promise<LoggedCommand | null> {
  const { rows } = await tx.query<Row>(`${SELECT} where c.workspace_id = $1 and c.id = $2${lock ? ' for update of c' : ''}`, [workspaceId, id]);
  return (await hydrate(tx, rows))[0] ?? null;
}

/** The next sequence number; takes the workspace's row lock until commit, so numbers follow commit order. */
export async function nextSeq(tx: Queryable, workspaceId: string): Promise<number> {
  const { rows } = await tx.query<{ seq: string }>('update workspaces set seq = seq + 1 where id = $1 returning seq', [workspaceId]);
  if (!rows[0]) throw new Error(`no workspace ${workspaceId}`);
  return Number(rows[0].seq);
}

export async function currentSeq(db: Queryable, workspaceId: string): Promise<number> {
  const { rows } = await db.query<{ seq: string }>('select seq from workspaces where id = $1', [workspaceId]);
  return Number(rows[0]?.seq ?? 0);
}

export async function insertCommand(
  tx: Queryable,
  entry: { workspaceId: string; seq: number; id: string; memberId: string; label: string; changes: readonly RecordChange[]; undoes: string | null },
): Promise<void> {
  await tx.query(
    'insert into commands (workspace_id, seq, id, member_id, label, changes, undoes) values ($1, $2, $3, $4, $5, $6, $7)',
    [entry.workspaceId, entry.seq, entry.id, entry.memberId, entry.label, dehydrate(entry.changes), entry.undoes],
  );
}

export async function markUndone(tx: Queryable, workspaceId: string, id: string, undoneBy: string): Promise<void> {
  await tx.query('update commands set undone_by = $3 where workspace_id = $1 and id = $2', [workspaceId, id, undoneBy]);
}

/** Commands after `afterSeq`, oldest first, at most `limit`. */
export async function commandsAfter(db: Queryable, workspaceId: string, afterSeq: number, limit: number): Promise<LoggedCommand[]> {
  const { rows } = await db.query<Row>(`${SELECT} where c.workspace_id = $1 and c.seq > $2 order by c.seq limit $3`, [workspaceId, afterSeq, limit]);
  return hydrate(db, rows);
}
