import { randomUUID } from 'node:crypto';
import { emptyRecordState, type Command, type RecordChange, type RecordState } from '../../src/workspace/commands/command.ts';
import { planEditEvent } from '../../src/workspace/commands/eventCommands.ts';
import { CommandRefusal, stateReader } from '../../src/workspace/commands/plan.ts';
import { planReview } from '../../src/workspace/commands/reviewCommands.ts';
import type { RecordStore, WorkspaceRecord } from '../../src/workspace/types.ts';

/**
 * One simulated analyst: keeps a replica of the workspace, plans edits and review
 * decisions on it with the browser's own planners, sends each with a fresh id, and resends
 * the same command (same id) while the server cannot be reached. A conflict updates the
 * replica with the record as it is now; every so often the analyst pulls what others did.
 */

export interface AnalystReport {
  readonly accepted: string[];
  readonly conflicts: string[];
  /** Commands the server answered as already applied: a resend after a lost answer. */
  readonly duplicates: string[];
  readonly latenciesMs: number[];
  /** Attempts that got no answer (server down) and were sent again. */
  resends: number;
  /** Applied commands sent a second time on purpose, as after a lost answer. */
  deliberateResends: number;
}

type State = Record<RecordStore, Map<string, WorkspaceRecord>>;

export class Analyst {
  readonly report: AnalystReport = { accepted: [], conflicts: [], duplicates: [], latenciesMs: [], resends: 0, deliberateResends: 0 };
  private state = emptyRecordState() as unknown as State;
  private seq = 0;
  private ownApplied: string[] = [];

  constructor(private readonly base: () => string, private readonly token: string, readonly name: string, private readonly random: () => number) {}

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.base()}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
  }

  private absorb(changes: readonly RecordChange[]) {
    for (const c of changes) {
      if (c.after) this.state[c.store].set(c.id, c.after);
      else this.state[c.store].delete(c.id);
    }
  }

  async pull(): Promise<void> {
    for (;;) {
      const response = await this.request(`/commands?after=${this.seq}&limit=1000`);
      const body = (await response.json()) as { commands: { seq: number; changes: RecordChange[] }[] };
      for (const c of body.commands) {
        this.absorb(c.changes);
        this.seq = c.seq;
      }
      if (body.commands.length < 1000) return;
    }
  }

  private async plan(): Promise<{ path: string; body: Command & { id: string } | { id: string } } | null> {
    const read = stateReader(this.state as unknown as RecordState);
    const events = [...this.state.events.values()] as Extract<WorkspaceRecord, { state: unknown }>[];
    const target = events[Math.floor(this.random() * events.length)];
    const roll = this.random();
    const id = randomUUID();
    if (roll < 0.08 && this.ownApplied.length) {
      return { path: `/commands/${this.ownApplied.pop()}/undo`, body: { id } };
    }
    if (!target) return null;
    const ctx = { now: new Date().toISOString(), by: this.name };
    try {
      if (roll < 0.55) {
        const command = await planEditEvent(read, { owner: 'workspace', eventId: target.id, expectedRev: target.rev }, { note: `${this.name} at ${ctx.now}` }, ctx);
        return { path: '/commands', body: { ...command, id } };
      }
      const action = target.state === 'unreviewed' ? (roll < 0.8 ? 'accept' : 'reject') : 'reopen';
      const { command } = await planReview(read, target.id, { action, expectedRev: target.rev }, ctx, 'builtin');
      return { path: '/commands', body: { ...command, id } };
    } catch (e) {
      if (e instanceof CommandRefusal) return null;
      throw e;
    }
  }

  /** Sends until answered; a lost answer (server killed) is a resend of the same id. */
  private async send(path: string, body: object, until: number): Promise<'applied' | 'other'> {
    for (;;) {
      const started = performance.now();
      try {
        const response = await this.request(path, { method: 'POST', body: JSON.stringify(body) });
        const answer = (await response.json()) as { duplicate?: boolean; changes?: RecordChange[]; error?: { code: string; store?: RecordStore; id?: string; current?: WorkspaceRecord | null } };
        this.report.latenciesMs.push(performance.now() - started);
        const id = (body as { id: string }).id;
        if (response.status === 200 || response.status === 201) {
          (answer.duplicate ? this.report.duplicates : this.report.accepted).push(id);
          this.absorb(answer.changes ?? []);
          if (!path.endsWith('/undo') && !answer.duplicate) this.ownApplied.push(id);
          return 'applied';
        } else if (response.status === 409) {
          this.report.conflicts.push(id);
          const { store, id: recordId, current } = answer.error!;
          if (store && recordId) {
            if (current) this.state[store].set(recordId, current);
            else this.state[store].delete(recordId);
          }
        } else if (response.status >= 500) {
          throw new Error(`server error ${response.status}`);
        } else if (!(response.status === 400 && path.endsWith('/undo'))) {
          throw new Error(`unexpected ${response.status}: ${JSON.stringify(answer)}`);
        }
        return 'other';
      } catch (e) {
        if (e instanceof Error && e.message.startsWith('unexpected')) throw e;
        if (Date.now() > until + 30_000) throw new Error(`no answer for ${path} within 30 s of the end`, { cause: e });
        this.report.resends++;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async run(until: number, maxCommands: number): Promise<void> {
    await this.pull();
    for (let n = 0; n < maxCommands && Date.now() < until; n++) {
      if (n % 10 === 9) await this.pull().catch(() => undefined);
      const next = await this.plan();
      if (!next) continue;
      // Now and then the answer is "lost" and the analyst sends the same command again: it must not apply twice.
      if ((await this.send(next.path, next.body, until)) === 'applied' && this.random() < 0.05) {
        this.report.deliberateResends++;
        await this.send(next.path, next.body, until);
      }
    }
  }
}
