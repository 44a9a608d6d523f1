import type { Command, RecordChange } from '../commands/command';
import type { RecordStore, WorkspaceRecord } from '../types';
import { dismissConflict, EMPTY_OUTBOX, enqueue, pulledUpTo, settle, type OutboxState, type ServerAnswer, type SyncConflict } from './outbox';

/**
 * The browser's side of a team workspace. Commands made here go into the outbox first
 * (kept by `OutboxStorage`, IndexedDB in the app), then to the server in the order they
 * were made; one that gets no answer stays and is sent again with the same id, so going
 * offline loses nothing and a lost answer applies nothing twice. Pulling brings every
 * command after the newest one seen — others' and, with the revisions the server wrote,
 * one's own — for the local workspace to lay over its records.
 */

export interface OutboxStorage {
  load(): Promise<OutboxState | null>;
  save(state: OutboxState): Promise<void>;
}

export interface PulledCommand {
  readonly seq: number;
  readonly id: string;
  readonly by: string;
  readonly at: string;
  readonly label: string;
  readonly changes: readonly RecordChange[];
  /** Sent from here: the local records already show it, save the revisions. */
  readonly mine: boolean;
}

export interface SyncClientOptions {
  /** The server's address, e.g. http://127.0.0.1:4300. */
  readonly server: string;
  readonly workspaceId: string;
  /** The member token: sent in a header, never in the address. */
  readonly token: string;
  readonly storage: OutboxStorage;
  readonly fetch?: typeof fetch;
  readonly newId?: () => string;
  readonly now?: () => string;
}

export interface FlushReport {
  readonly applied: number;
  readonly conflicts: readonly SyncConflict[];
  /** True when the server could not be reached: what is left stays queued. */
  readonly offline: boolean;
}

export class SyncClient {
  private state: OutboxState = EMPTY_OUTBOX;
  private readonly ownIds = new Set<string>();
  private readonly fetcher: typeof fetch;

  private constructor(private readonly options: SyncClientOptions) {
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  static async open(options: SyncClientOptions): Promise<SyncClient> {
    const client = new SyncClient(options);
    client.state = (await options.storage.load()) ?? EMPTY_OUTBOX;
    for (const p of client.state.pending) client.ownIds.add(p.id);
    return client;
  }

  get outbox(): OutboxState {
    return this.state;
  }

  private async update(next: OutboxState): Promise<void> {
    this.state = next;
    await this.options.storage.save(next);
  }

  private url(path: string): string {
    return `${this.options.server.replace(/\/+$/u, '')}/api/workspaces/${encodeURIComponent(this.options.workspaceId)}${path}`;
  }

  private request(path: string, init: RequestInit = {}): Promise<Response> {
    return this.fetcher(this.url(path), {
      ...init,
      headers: { authorization: `Bearer ${this.options.token}`, 'content-type': 'application/json' },
    });
  }

  /** Keeps the command for the server; call `flush` to send it (now, or when back online). */
  async submit(command: Command): Promise<string> {
    const id = this.options.newId?.() ?? crypto.randomUUID();
    this.ownIds.add(id);
    await this.update(enqueue(this.state, { id, command, madeAt: this.options.now?.() ?? new Date().toISOString() }));
    return id;
  }

  /** Sends what is queued, oldest first, until the queue is empty or the server cannot be reached. */
  async flush(): Promise<FlushReport> {
    let applied = 0;
    const conflicts: SyncConflict[] = [];
    while (this.state.pending.length) {
      const next = this.state.pending[0]!;
      let answer: ServerAnswer;
      try {
        answer = await this.send(next.id, next.command);
      } catch {
        return { applied, conflicts, offline: true };
      }
      await this.update(settle(this.state, next.id, answer));
      if (answer.kind === 'applied') applied++;
      else conflicts.push(this.state.conflicts.at(-1)!);
    }
    return { applied, conflicts, offline: false };
  }

  /** One command's answer; throws when there is none to be had now (offline, server down or failing). */
  private async send(id: string, command: Command): Promise<ServerAnswer> {
    const response = await this.request('/commands', { method: 'POST', body: JSON.stringify({ id, ...command }) });
    const body = (await response.json().catch(() => ({}))) as {
      seq?: number; changes?: RecordChange[]; error?: { message?: string; store?: RecordStore; id?: string; current?: WorkspaceRecord | null };
    };
    if (response.status === 200 || response.status === 201) return { kind: 'applied', seq: body.seq ?? 0, changes: body.changes ?? [] };
    if (response.status === 409 && body.error?.store && body.error.id) {
      return { kind: 'conflict', message: body.error.message ?? 'conflict', store: body.error.store, id: body.error.id, current: body.error.current ?? null };
    }
    if (response.status === 400 || response.status === 403 || response.status === 404) return { kind: 'refused', message: body.error?.message ?? `refused (${response.status})` };
    // 401 (token revoked), 413, 5xx: nothing was applied; keep the command and try later.
    throw new Error(body.error?.message ?? `the server answered ${response.status}`);
  }

  /** Every command after the newest one pulled, oldest first; the outbox remembers how far it got. */
  async pull(): Promise<PulledCommand[]> {
    const out: PulledCommand[] = [];
    for (;;) {
      const response = await this.request(`/commands?after=${this.state.seq}&limit=500`);
      if (!response.ok) throw new Error(`the server answered ${response.status} to a pull`);
      const body = (await response.json()) as { commands: Omit<PulledCommand, 'mine'>[] };
      for (const c of body.commands) out.push({ ...c, mine: this.ownIds.has(c.id) });
      if (body.commands.length) await this.update(pulledUpTo(this.state, body.commands.at(-1)!.seq));
      if (body.commands.length < 500) return out;
    }
  }

  async dismissConflict(id: string): Promise<void> {
    await this.update(dismissConflict(this.state, id));
  }
}
