import type { Command, RecordChange } from '../commands/command';
import type { RecordStore, WorkspaceRecord } from '../types';

/**
 * What a browser owes a team server, as plain data with pure updaters: the commands made
 * here and not yet answered (in the order they were made), the conflicts the server
 * reported — each with both versions, for the analyst to resolve, never dropped — and the
 * newest sequence number pulled. Kept in storage, so offline work survives a reload.
 */

export interface PendingCommand {
  /** The id the server knows the command by: a resend with it is applied once. */
  readonly id: string;
  readonly command: Command;
  /** ISO 8601 date-time it was made. */
  readonly madeAt: string;
}

export interface SyncConflict {
  readonly id: string;
  readonly label: string;
  readonly message: string;
  readonly store: RecordStore;
  readonly recordId: string;
  /** The record as this analyst's command would have made it (null: deleted). */
  readonly mine: WorkspaceRecord | null;
  /** The record as it is on the server now (null: deleted there). */
  readonly theirs: WorkspaceRecord | null;
}

export interface OutboxState {
  readonly pending: readonly PendingCommand[];
  readonly conflicts: readonly SyncConflict[];
  /** Commands up to this sequence number have been pulled. */
  readonly seq: number;
}

export const EMPTY_OUTBOX: OutboxState = { pending: [], conflicts: [], seq: 0 };

/** The server's answer to one command, as the client reads it. */
export type ServerAnswer =
  | { readonly kind: 'applied'; readonly seq: number; readonly changes: readonly RecordChange[] }
  | { readonly kind: 'conflict'; readonly message: string; readonly store: RecordStore; readonly id: string; readonly current: WorkspaceRecord | null }
  /** Refused for good (not allowed, not valid): kept as a conflict with nothing on the server's side to compare. */
  | { readonly kind: 'refused'; readonly message: string };

export function enqueue(state: OutboxState, pending: PendingCommand): OutboxState {
  if (state.pending.some((p) => p.id === pending.id)) return state;
  return { ...state, pending: [...state.pending, pending] };
}

/** The outbox once the server has answered `id`. */
export function settle(state: OutboxState, id: string, answer: ServerAnswer): OutboxState {
  const sent = state.pending.find((p) => p.id === id);
  if (!sent) return state;
  const pending = state.pending.filter((p) => p.id !== id);
  if (answer.kind === 'applied') return { ...state, pending };
  const change = answer.kind === 'conflict'
    ? sent.command.changes.find((c) => c.store === answer.store && c.id === answer.id) ?? sent.command.changes[0]!
    : sent.command.changes[0]!;
  const conflict: SyncConflict = {
    id, label: sent.command.label, message: answer.message,
    store: answer.kind === 'conflict' ? answer.store : change.store,
    recordId: answer.kind === 'conflict' ? answer.id : change.id,
    mine: change.after,
    theirs: answer.kind === 'conflict' ? answer.current : change.before,
  };
  return { ...state, pending, conflicts: [...state.conflicts, conflict] };
}

/** The analyst has dealt with a conflict (kept theirs, or made the change again on it). */
export function dismissConflict(state: OutboxState, id: string): OutboxState {
  return { ...state, conflicts: state.conflicts.filter((c) => c.id !== id) };
}

export function pulledUpTo(state: OutboxState, seq: number): OutboxState {
  return seq > state.seq ? { ...state, seq } : state;
}
