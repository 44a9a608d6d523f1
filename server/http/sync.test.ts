import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, emptyRecordState, type RecordChange, type RecordState } from '../../src/workspace/commands/command';
import { planEditEvent } from '../../src/workspace/commands/eventCommands';
import { stateReader } from '../../src/workspace/commands/plan';
import { planReview } from '../../src/workspace/commands/reviewCommands';
import type { OutboxState } from '../../src/workspace/sync/outbox';
import { SyncClient, type OutboxStorage } from '../../src/workspace/sync/syncClient';
import type { RecordStore, WorkspaceRecord } from '../../src/workspace/types';
import type { Database } from '../db/database';
import { createWorkspace } from '../service/workspaces';
import { insertMember } from '../store/members';
import { ENGINES } from '../testing/databases';
import { event, NOW, source } from '../testing/fixtures';
import { createApp } from './app';
import { listenForChanges, type ChangeFeed } from './stream';

/** The browser's sync client against the real server, in-process: offline work, conflicts, lost answers. */

class Analyst {
  online = true;
  /** The next answer is lost on the way back, after the server applied the command. */
  loseNextAnswer = false;
  replica = emptyRecordState() as unknown as Record<RecordStore, Map<string, WorkspaceRecord>>;
  saved: OutboxState | null = null;
  client!: SyncClient;
  readonly storage: OutboxStorage = { load: async () => this.saved, save: async (s) => void (this.saved = structuredClone(s)) };

  constructor(readonly name: string, private readonly app: ReturnType<typeof createApp>, private readonly ws: string, private readonly token: string) {}

  async open() {
    this.client = await SyncClient.open({
      server: 'http://sourceline.test', workspaceId: this.ws, token: this.token, storage: this.storage,
      fetch: async (input, init) => {
        if (!this.online) throw new TypeError('fetch failed');
        const response = await this.app.request(String(input), init);
        if (this.loseNextAnswer) {
          this.loseNextAnswer = false;
          throw new TypeError('network connection lost');
        }
        return response;
      },
    });
    return this;
  }

  absorb(changes: readonly RecordChange[]) {
    for (const c of changes) {
      if (c.after) this.replica[c.store].set(c.id, c.after);
      else this.replica[c.store].delete(c.id);
    }
  }

  get reader() {
    return stateReader(this.replica as unknown as RecordState);
  }

  event(id: string) {
    return this.replica.events.get(id) as ReturnType<typeof event>;
  }

  async pull() {
    const pulled = await this.client.pull();
    for (const c of pulled) this.absorb(c.changes);
    return pulled;
  }
}

describe.each(ENGINES)('sync client and server on $name', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  let feed: ChangeFeed;
  let ana: Analyst;
  let ben: Analyst;

  beforeAll(async () => {
    ({ db, drop } = await engine.open());
    feed = await listenForChanges(db);
    const app = createApp({ db, feed });
    const { workspace, token } = await createWorkspace(db, 'Harbour', 'Ana');
    ana = await new Analyst('Ana', app, workspace.id, token).open();
    ben = await new Analyst('Ben', app, workspace.id, (await insertMember(db, workspace.id, 'Ben', 'editor')).token).open();
  }, 240_000);
  afterAll(async () => {
    await feed.close();
    await drop();
  });

  it('brings one analyst\u2019s import to the other, with who made it', async () => {
    await ana.client.submit({ label: 'import', changes: [create('sources', source()), create('events', event('e1')), create('events', event('e2', 'Dock workers warn'))] });
    expect(await ana.client.flush()).toEqual({ applied: 1, conflicts: [], offline: false });
    await ana.pull();
    const pulled = await ben.pull();
    expect(pulled).toMatchObject([{ by: 'Ana', label: 'import', mine: false }]);
    expect(ben.event('e2').record.title).toBe('Dock workers warn');
  });

  it('keeps a whole offline session, survives a reload, sends it on reconnect, and shows the conflicting edit with both versions', async () => {
    ana.online = false;
    const accept = (await planReview(ana.reader, 'e1', { action: 'accept', expectedRev: ana.event('e1').rev }, { now: NOW, by: 'Ana' }, 'builtin')).command;
    ana.absorb(accept.changes);
    await ana.client.submit(accept);
    const note = await planEditEvent(ana.reader, { owner: 'workspace', eventId: 'e1', expectedRev: ana.event('e1').rev }, { note: 'Confirmed by the port' }, { now: NOW, by: 'Ana' });
    ana.absorb(note.changes);
    await ana.client.submit(note);
    const retitle = await planEditEvent(ana.reader, { owner: 'workspace', eventId: 'e2', expectedRev: ana.event('e2').rev }, { title: 'Workers warn of a strike' }, { now: NOW, by: 'Ana' });
    ana.absorb(retitle.changes);
    await ana.client.submit(retitle);
    expect(await ana.client.flush()).toMatchObject({ applied: 0, offline: true });

    // Meanwhile Ben, online, retitles the same event.
    const bens = await planEditEvent(ben.reader, { owner: 'workspace', eventId: 'e2', expectedRev: ben.event('e2').rev }, { title: 'Union threatens a walkout' }, { now: NOW, by: 'Ben' });
    await ben.client.submit(bens);
    expect(await ben.client.flush()).toMatchObject({ applied: 1 });

    // Ana's tab is reloaded while offline: the outbox comes back from storage.
    await ana.open();
    expect(ana.client.outbox.pending.map((p) => p.command.label)).toEqual([accept.label, note.label, retitle.label]);
    ana.online = true;
    const report = await ana.client.flush();
    expect(report).toMatchObject({ applied: 2, offline: false });
    expect(report.conflicts).toEqual([expect.objectContaining({
      label: retitle.label, store: 'events', recordId: 'e2',
      mine: expect.objectContaining({ record: expect.objectContaining({ title: 'Workers warn of a strike' }) }),
      theirs: expect.objectContaining({ record: expect.objectContaining({ title: 'Union threatens a walkout' }) }),
    })]);
    expect(ana.client.outbox.conflicts).toHaveLength(1);

    const seen = await ben.pull();
    expect(seen.map((c) => [c.by, c.label, c.mine])).toEqual([['Ben', bens.label, true], ['Ana', accept.label, false], ['Ana', note.label, false]]);
    expect(ben.event('e1')).toMatchObject({ state: 'accepted', record: { note: 'Confirmed by the port' } });
  });

  it('sends again a command whose answer was lost, and the server applies it once', async () => {
    await ana.pull();
    const reject = (await planReview(ana.reader, 'e2', { action: 'reject', expectedRev: ana.event('e2').rev }, { now: NOW, by: 'Ana' }, 'builtin')).command;
    const id = await ana.client.submit(reject);
    ana.loseNextAnswer = true;
    expect(await ana.client.flush()).toMatchObject({ applied: 0, offline: true });
    expect(await ana.client.flush()).toMatchObject({ applied: 1, offline: false });
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from commands where id = $1', [id]);
    expect(rows[0]!.n).toBe(1);
    expect((await ana.pull()).map((c) => [c.id, c.mine])).toEqual([[id, true]]);
  });

  it('never puts the token in an address', async () => {
    const urls: string[] = [];
    const spy = await SyncClient.open({
      server: 'http://sourceline.test/', workspaceId: 'ws_x', token: 'slt_secret', storage: { load: async () => null, save: async () => undefined },
      newId: randomUUID, fetch: async (input) => {
        urls.push(String(input));
        return new Response('{"commands":[]}', { status: 200 });
      },
    });
    await spy.pull();
    expect(urls).toEqual(['http://sourceline.test/api/workspaces/ws_x/commands?after=0&limit=500']);
  });
});
