import { invertCommand, staleness, withRevisionPast, type Command, type RecordChange } from '../../src/workspace/commands/command';
import type { SubmittedCommand } from '../../src/workspace/commands/commandSchema';
import type { RecordStore, WorkspaceRecord } from '../../src/workspace/types';
import { commandRefusal, mayWrite } from '../auth/access';
import { sqlState, type Database, type Queryable } from '../db/database';
import { findCommand, insertCommand, markUndone, nextSeq, type LoggedCommand } from '../store/commandLog';
import type { Member } from '../store/members';
import { lockRecords, recordKey, writeRecord } from '../store/records';

/**
 * One function per command, one transaction each: find a resend, lock what the command
 * touches, check every change against the record as it is (the browser's own `staleness`),
 * write, number and log it, and tell listeners — all or nothing.
 */

export const NOTIFY_CHANNEL = 'sourceline_commands';

export type CommandOutcome =
  | { readonly status: 'applied'; readonly seq: number; readonly id: string; readonly duplicate: boolean; readonly changes: readonly RecordChange[] }
  | {
    readonly status: 'conflict';
    readonly message: string;
    readonly store: RecordStore;
    readonly id: string;
    /** The revision the command was made on (0: it expected no record). */
    readonly expectedRev: number;
    /** The record as it is now, null if there is none: the client shows both. */
    readonly current: WorkspaceRecord | null;
  }
  | { readonly status: 'refused'; readonly code: 'forbidden' | 'not-found' | 'invalid'; readonly message: string };

class Refused extends Error {
  constructor(readonly outcome: Exclude<CommandOutcome, { status: 'applied' }>) {
    super(outcome.message);
  }
}

const applied = (c: LoggedCommand, duplicate: boolean): CommandOutcome => ({ status: 'applied', seq: c.seq, id: c.id, duplicate, changes: c.changes });

/** Applies the changes on the locked rows; throws `Refused` with the first conflict. */
async function applyChanges(tx: Queryable, workspaceId: string, command: Command): Promise<RecordChange[]> {
  const records = await lockRecords(tx, workspaceId, command.changes);
  const out: RecordChange[] = [];
  for (const change of command.changes) {
    const key = recordKey(change.store, change.id);
    const current = records.get(key) ?? null;
    const reason = staleness(current, change);
    if (reason) {
      throw new Refused({
        status: 'conflict', store: change.store, id: change.id, expectedRev: change.before?.rev ?? 0, current,
        message: `This change can no longer be made: a record it touches was changed meanwhile (${reason}). Review the current version and try again.`,
      });
    }
    const after = change.after ? withRevisionPast(change.after, current) : null;
    await writeRecord(tx, workspaceId, change.store, current, after);
    if (after) records.set(key, after);
    else records.delete(key);
    out.push({ store: change.store, id: change.id, before: current, after } as RecordChange);
  }
  return out;
}

/**
 * Runs a transaction, again when PostgreSQL says it lost a race that a second try settles:
 * a concurrent resend or create (unique violation: the next try finds it), a deadlock, a
 * serialization failure.
 */
async function withRetry(db: Database, body: (tx: Queryable) => Promise<CommandOutcome>): Promise<CommandOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(body);
    } catch (e) {
      if (e instanceof Refused) return e.outcome;
      const state = sqlState(e);
      if (attempt < 5 && (state === '23505' || state === '40P01' || state === '40001')) continue;
      if (state === 'SL409') {
        return { status: 'refused', code: 'invalid', message: 'The database refused a write that would not move a record\u2019s revision forward.' };
      }
      throw e;
    }
  }
}

/**
 * A resend that raced its first arrival waited for the same rows, then found them changed
 * — by itself (or found its undo target already undone). A refusal whose command id is in
 * the log by now is that, and is answered as a resend.
 */
async function settled(db: Database, workspaceId: string, id: string, outcome: CommandOutcome): Promise<CommandOutcome> {
  if (outcome.status === 'applied') return outcome;
  const earlier = await findCommand(db, workspaceId, id);
  return earlier ? applied(earlier, true) : outcome;
}

async function logAndNotify(tx: Queryable, member: Member, id: string, label: string, changes: readonly RecordChange[], undoes: string | null): Promise<number> {
  const seq = await nextSeq(tx, member.workspaceId);
  await insertCommand(tx, { workspaceId: member.workspaceId, seq, id, memberId: member.id, label, changes, undoes });
  // Delivered at commit, never for a command rolled back.
  await tx.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ workspace: member.workspaceId, seq })]);
  return seq;
}

export async function runCommand(db: Database, member: Member, submitted: SubmittedCommand): Promise<CommandOutcome> {
  const refusal = commandRefusal(member.role, submitted);
  if (refusal) return { status: 'refused', code: 'forbidden', message: `Not allowed: ${refusal}.` };
  return settled(db, member.workspaceId, submitted.id, await withRetry(db, async (tx) => {
    const earlier = await findCommand(tx, member.workspaceId, submitted.id);
    if (earlier) return applied(earlier, true);
    const changes = await applyChanges(tx, member.workspaceId, submitted);
    const seq = await logAndNotify(tx, member, submitted.id, submitted.label, changes, null);
    return { status: 'applied', seq, id: submitted.id, duplicate: false, changes };
  }));
}

/**
 * Takes back one of the member's own commands. A record someone changed since makes it a
 * conflict (the inverse's `before` is the version the command left), so undo never
 * overwrites a colleague's work.
 */
export async function undoCommand(db: Database, member: Member, targetId: string, undoId: string): Promise<CommandOutcome> {
  if (!mayWrite(member.role)) return { status: 'refused', code: 'forbidden', message: 'Not allowed: a viewer can only read the workspace.' };
  return settled(db, member.workspaceId, undoId, await withRetry(db, async (tx) => {
    const earlier = await findCommand(tx, member.workspaceId, undoId);
    if (earlier) return applied(earlier, true);
    const target = await findCommand(tx, member.workspaceId, targetId, true);
    if (!target) throw new Refused({ status: 'refused', code: 'not-found', message: `There is no change "${targetId}" in this workspace.` });
    if (target.memberId !== member.id) throw new Refused({ status: 'refused', code: 'forbidden', message: `Not allowed: "${target.label}" was made by ${target.by}; you can undo only your own changes.` });
    if (target.undoneBy) throw new Refused({ status: 'refused', code: 'invalid', message: `"${target.label}" was already undone.` });
    const inverse = invertCommand(target, `undo ${target.label}`);
    const changes = await applyChanges(tx, member.workspaceId, inverse);
    await markUndone(tx, member.workspaceId, targetId, undoId);
    const seq = await logAndNotify(tx, member, undoId, inverse.label, changes, targetId);
    return { status: 'applied', seq, id: undoId, duplicate: false, changes };
  }));
}
