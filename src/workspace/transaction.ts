import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { RECORD_STORES, staleness, withRevisionPast, type Command } from './commands/command';
import { CommandRefusal, type RecordReader } from './commands/plan';
import type { WorkspaceDB } from './db';
import { flip, HISTORY_LIMIT, stepLabel, type HistoryEntry, type HistoryState, type StepLabel } from './history';
import type { RecordStore, WorkspaceRecord, WriteResult } from './types';

/**
 * Running a command in IndexedDB: plan, check and apply in one read-write transaction
 * with the history, so a command lands whole or not at all, and what it was planned on
 * is what it is checked against.
 */

type Stores = StoreNames<WorkspaceDB>[];
export type Tx = IDBPTransaction<WorkspaceDB, Stores, 'readwrite'>;
const ALL: Stores = [...RECORD_STORES, 'history'];

export function txReader(tx: Tx): RecordReader {
  return {
    get: async (store, id) => ((await tx.objectStore(store).get(id)) ?? null) as never,
    all: async (store) => (await tx.objectStore(store).getAll()) as never,
  };
}

async function applyIn(tx: Tx, command: Command): Promise<void> {
  for (const change of command.changes) {
    const store = tx.objectStore(change.store as RecordStore);
    const current = ((await store.get(change.id)) ?? null) as WorkspaceRecord | null;
    const reason = staleness(current, change);
    if (reason) {
      throw new CommandRefusal({
        ok: false, reason: 'conflict', id: change.id, expectedRev: change.before?.rev ?? 0, current,
        message: `This change can no longer be made: a record it touches was changed meanwhile (${reason}), in another tab or window.`,
        messageCode: { key: 'write.stale', params: { reason } },
      });
    }
    if (change.after) await store.put(withRevisionPast(change.after, current) as never);
    else await store.delete(change.id);
  }
}

/** Runs `body` in one read-write transaction over every store; a refusal or any error aborts it. */
export async function inTransaction<T>(db: IDBPDatabase<WorkspaceDB>, body: (tx: Tx) => Promise<T>): Promise<WriteResult<T>> {
  const tx = db.transaction(ALL, 'readwrite');
  try {
    const value = await body(tx);
    await tx.done;
    return { ok: true, value };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    if (e instanceof CommandRefusal) return e.failure;
    return {
      ok: false, reason: 'failed', message: `Nothing was saved: ${(e as Error).message ?? String(e)}`,
      messageCode: { key: 'write.failed', params: { message: (e as Error).message ?? String(e) } },
    };
  }
}

/** Plans a command on the records as they are, applies it, and records it for undo (dropping the redo stack). */
export async function runPlanned<T>(
  tx: Tx,
  plan: (read: RecordReader) => Promise<{ command: Command; value: T }>,
  meta: { at: string; by?: string },
): Promise<{ command: Command; value: T }> {
  const planned = await plan(txReader(tx));
  await applyIn(tx, planned.command);
  const history = tx.objectStore('history');
  // A new change after undoing makes the undone steps unreachable, as in every editor.
  let cursor = await history.openCursor(null, 'prev');
  while (cursor && cursor.value.undone) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  const entry: HistoryEntry = { label: planned.command.label, at: meta.at, ...(meta.by ? { by: meta.by } : {}), command: planned.command, undone: false };
  await history.add(entry);
  const count = await history.count();
  if (count > HISTORY_LIMIT) {
    let old = await history.openCursor();
    for (let n = count - HISTORY_LIMIT; old && n > 0; n--) {
      await old.delete();
      old = await old.continue();
    }
  }
  return planned;
}

/** Undo (the newest step not undone) or redo (the oldest undone one); null when there is none. */
export async function stepHistory(tx: Tx, direction: 'undo' | 'redo'): Promise<{ command: Command; entry: HistoryEntry } | null> {
  const history = tx.objectStore('history');
  let target: HistoryEntry | null = null;
  let cursor = await history.openCursor(null, 'prev');
  while (cursor) {
    if (direction === 'undo' && !cursor.value.undone) {
      target = cursor.value;
      break;
    }
    if (direction === 'redo') {
      if (!cursor.value.undone) break;
      target = cursor.value;
    }
    cursor = await cursor.continue();
  }
  if (!target) return null;
  const { command, next } = flip(target);
  await applyIn(tx, command);
  await history.put(next);
  return { command, entry: next };
}

/** What Undo and Redo would do now, for the toolbar. */
export async function readHistoryState(db: IDBPDatabase<WorkspaceDB>): Promise<HistoryState> {
  const tx = db.transaction('history', 'readonly');
  let undo: StepLabel | null = null;
  let redo: StepLabel | null = null;
  let cursor = await tx.store.openCursor(null, 'prev');
  while (cursor) {
    if (cursor.value.undone) redo = stepLabel(cursor.value);
    else {
      undo = stepLabel(cursor.value);
      break;
    }
    cursor = await cursor.continue();
  }
  await tx.done.catch(() => undefined);
  return { undo, redo };
}
