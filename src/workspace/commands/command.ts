import type { RecordStore, RecordTypes, WorkspaceRecord } from '../types';
import type { LabelKey } from './labels';

/**
 * A change to the analyst's work as plain data: which records it touches, each as it was
 * (`before`, null when the change creates it) and as it becomes (`after`, null when the
 * change deletes it). Applying checks that every record is still at the revision the
 * command was made on — a record changed in another tab meanwhile makes the whole command
 * a conflict, so nothing is overwritten unseen. The inverse swaps before and after, with
 * revisions that keep counting up, so a stale form can never write over an undo.
 */

export type RecordChange = {
  readonly [S in RecordStore]: {
    readonly store: S;
    readonly id: string;
    readonly before: RecordTypes[S] | null;
    readonly after: RecordTypes[S] | null;
  };
}[RecordStore];

export interface Command {
  /** What the analyst did, in words: "delete 'Port strike begins'". Undo and redo name it. */
  readonly label: string;
  /** The same as a catalogue key and values, for naming it in the interface language; absent in history written before. */
  readonly labelKey?: LabelKey;
  readonly changes: readonly RecordChange[];
}

/** The records, store by store: the in-memory model of the workspace that tests use. */
export type RecordState = { readonly [S in RecordStore]: ReadonlyMap<string, RecordTypes[S]> };

export const RECORD_STORES: readonly RecordStore[] = ['sources', 'events', 'overlays', 'actors', 'stories'];

export function emptyRecordState(): RecordState {
  return { sources: new Map(), events: new Map(), overlays: new Map(), actors: new Map(), stories: new Map() };
}

/** Why a change cannot be applied to `current`, or null when it can. */
export function staleness(current: WorkspaceRecord | null | undefined, change: RecordChange): string | null {
  const now = current ?? null;
  if (change.before === null) return now === null ? null : 'it already exists';
  if (now === null) return 'it was deleted';
  // Undoing twice in a row finds a record restored under a newer revision with the
  // content the older step left: the same record as far as that step is concerned.
  if (now.rev === change.before.rev || sameContent(now, change.before)) return null;
  return `it is at revision ${now.rev}, not ${change.before.rev}`;
}

/** Revisions only count up, so that a form opened on an older version is always refused. */
export function withRevisionPast<R extends WorkspaceRecord>(after: R, current: WorkspaceRecord | null): R {
  return current && current.rev >= after.rev ? { ...after, rev: current.rev + 1 } : after;
}

/** Equal apart from the revision (key order ignored). */
export function sameContent(a: WorkspaceRecord, b: WorkspaceRecord): boolean {
  const { rev: _a, ...x } = a;
  const { rev: _b, ...y } = b;
  return stableJson(x) === stableJson(y);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))) : v);
}

export type ApplyOutcome =
  | { readonly ok: true; readonly state: RecordState }
  | { readonly ok: false; readonly change: RecordChange; readonly current: WorkspaceRecord | null; readonly reason: string };

/** Applies every change or none. */
export function applyCommand(state: RecordState, command: Command): ApplyOutcome {
  const next = new Map<RecordStore, Map<string, WorkspaceRecord>>();
  const table = (store: RecordStore) => {
    let t = next.get(store);
    if (!t) next.set(store, (t = new Map(state[store] as ReadonlyMap<string, WorkspaceRecord>)));
    return t;
  };
  for (const change of command.changes) {
    const t = table(change.store);
    const current = t.get(change.id) ?? null;
    const reason = staleness(current, change);
    if (reason) return { ok: false, change, current, reason };
    if (change.after) t.set(change.id, withRevisionPast(change.after, current));
    else t.delete(change.id);
  }
  const out = { ...state } as Record<RecordStore, ReadonlyMap<string, WorkspaceRecord>>;
  for (const [store, t] of next) out[store] = t;
  return { ok: true, state: out as unknown as RecordState };
}

/**
 * The command that takes the records back. Each restored record gets a revision past
 * every one it had, so a form opened on the undone version is refused, not applied.
 */
export function invertCommand(command: Command, label = command.label, labelKey = command.labelKey): Command {
  return {
    label,
    ...(labelKey ? { labelKey } : {}),
    changes: [...command.changes].reverse().map((c) => {
      const top = Math.max(c.before?.rev ?? 0, c.after?.rev ?? 0);
      return { store: c.store, id: c.id, before: c.after, after: c.before ? { ...c.before, rev: top + 1 } : null } as RecordChange;
    }),
  };
}

/** The ids a command touches, store by store: what to tell listeners and other tabs. */
export function touched(command: Command): { readonly [S in RecordStore]?: readonly string[] } {
  const out: Partial<Record<RecordStore, string[]>> = {};
  for (const c of command.changes) (out[c.store] ??= []).push(c.id);
  return out;
}

/** A change that replaces `before` by `after`, one revision on. */
export function update<S extends RecordStore>(store: S, before: RecordTypes[S], after: Omit<RecordTypes[S], 'rev'>): RecordChange {
  return { store, id: before.id, before, after: { ...after, rev: before.rev + 1 } } as unknown as RecordChange;
}

export function create<S extends RecordStore>(store: S, after: Omit<RecordTypes[S], 'rev'>, rev = 1): RecordChange {
  return { store, id: after.id, before: null, after: { ...after, rev } } as unknown as RecordChange;
}

export function remove<S extends RecordStore>(store: S, before: RecordTypes[S]): RecordChange {
  return { store, id: before.id, before, after: null } as unknown as RecordChange;
}
