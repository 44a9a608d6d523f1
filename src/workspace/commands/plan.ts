import type { Problem } from '../../domain/parseDataset';
import type { MessageCode } from '../../domain/when';
import type { RecordStore, RecordTypes, WorkspaceRecord, WriteFailure } from '../types';
import type { RecordState } from './command';

/**
 * What command planners share. A planner reads the records it needs through a
 * `RecordReader` — inside the workspace's transaction, so what it reads is what the
 * command is checked against — and returns the command, or throws a `CommandRefusal`
 * saying why it cannot be made. Planners are otherwise pure: tests run them over an
 * in-memory `RecordState`.
 */

export interface RecordReader {
  get<S extends RecordStore>(store: S, id: string): Promise<RecordTypes[S] | null>;
  all<S extends RecordStore>(store: S): Promise<RecordTypes[S][]>;
}

/** Who and when, for `edited`, `reviewedAt` and the history. */
export interface CommandContext {
  /** ISO 8601 date-time. */
  readonly now: string;
  /** The analyst's profile name. */
  readonly by?: string;
}

export class CommandRefusal extends Error {
  constructor(readonly failure: WriteFailure) {
    super(failure.message);
    this.name = 'CommandRefusal';
  }
}

/** `code`: the message as a `write.*` catalogue key and its values, when the interface can word it. */
export function refuse(reason: 'not-found' | 'invalid' | 'duplicate', message: string, problems?: readonly Problem[], code?: MessageCode): never {
  throw new CommandRefusal({ ok: false, reason, message, ...(problems ? { problems } : {}), ...(code ? { messageCode: code } : {}) });
}

export const writeCode = (key: string, params: MessageCode['params'] = {}): MessageCode => ({ key: `write.${key}`, params });

/** The form was opened on `expectedRev` and the record is now `current`: show both, write nothing. */
export function refuseConflict(id: string, expectedRev: number, current: WorkspaceRecord | null, title: string): never {
  throw new CommandRefusal({
    ok: false, reason: 'conflict', id, expectedRev, current,
    message: current
      ? `"${title}" was changed in another tab or window; review the current version and try again.`
      : `"${title}" was deleted in another tab or window.`,
    messageCode: { key: current ? 'write.changedElsewhere' : 'write.deletedElsewhere', params: { title } },
  });
}

export function stateReader(state: RecordState): RecordReader {
  return {
    get: async (store, id) => (state[store].get(id) ?? null) as never,
    all: async (store) => [...state[store].values()] as never,
  };
}

export function quoted(title: string): string {
  const t = title.length > 48 ? `${title.slice(0, 47)}…` : title;
  return `“${t}”`;
}
