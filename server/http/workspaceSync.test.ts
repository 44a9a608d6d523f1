import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/workspace/commands/command';
import { extract, EXTRACTOR_VERSION } from '../../src/extract';
import { SyncClient } from '../../src/workspace/sync/syncClient';
import type { OutboxState } from '../../src/workspace/sync/outbox';
import type { WorkspaceChange } from '../../src/workspace/types';
import { openWorkspace, type Workspace } from '../../src/workspace/workspace';
import { openPglite, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { createWorkspace } from '../service/workspaces';
import { insertMember } from '../store/members';
import { createApp } from './app';
import { listenForChanges, type ChangeFeed } from './stream';

/**
 * Two browsers' workspaces (IndexedDB) kept in step through the server: each sends what
 * its workspace applies and lays what it pulls over its records.
 */

const seed = readFileSync(new URL('../../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const extraction = extract(seed, { published: '2025-08-13T10:15+03:00', lang: 'ru', sourceId: 'new' });

interface Browser {
  workspace: Workspace;
  client: SyncClient;
  made: Command[];
  heard: WorkspaceChange[];
  sync(): Promise<Awaited<ReturnType<SyncClient['flush']>>>;
}

describe('two browsers on one server', () => {
  let db: Database;
  let feed: ChangeFeed;
  let ana: Browser;
  let ben: Browser;

  async function browser(name: string, app: ReturnType<typeof createApp>, ws: string, token: string): Promise<Browser> {
    let saved: OutboxState | null = null;
    const client = await SyncClient.open({
      server: 'http://sourceline.test', workspaceId: ws, token,
      storage: { load: async () => saved, save: async (s) => void (saved = s) },
      fetch: async (input, init) => app.request(String(input), init),
    });
    const made: Command[] = [];
    const workspace = await openWorkspace({ name: `sync-${name}`, reviewer: name, onCommand: (c) => void made.push(c) });
    const heard: WorkspaceChange[] = [];
    workspace.subscribe((c) => void heard.push(c));
    return {
      workspace, client, made, heard,
      async sync() {
        for (const c of made.splice(0)) await client.submit(c);
        const report = await client.flush();
        for (const pulled of await client.pull()) await workspace.applyRemote(pulled.changes);
        return report;
      },
    };
  }

  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    feed = await listenForChanges(db);
    const app = createApp({ db, feed });
    const { workspace, token } = await createWorkspace(db, 'Harbour', 'Ana');
    ana = await browser('Ana', app, workspace.id, token);
    ben = await browser('Ben', app, workspace.id, (await insertMember(db, workspace.id, 'Ben', 'reviewer')).token);
  }, 240_000);
  afterAll(async () => {
    ana.workspace.close();
    ben.workspace.close();
    await feed.close();
    await db.close();
  });

  it('brings an import made in one browser into the other\u2019s workspace', async () => {
    const added = await ana.workspace.addSourceWithCandidates({
      source: { title: 'Ким Чен Ын заверил Путина', language: 'ru', published: '2025-08-13T10:15+03:00', text: seed },
      origin: { kind: 'paste' },
      extraction: { extractor: EXTRACTOR_VERSION, lang: 'ru', events: extraction.events },
    });
    if (!added.ok) throw new Error(added.message);
    expect(await ana.sync()).toMatchObject({ applied: 1, offline: false });
    await ben.sync();
    const sourceId = added.value.source.id;
    expect((await ben.workspace.getSource(sourceId))?.source.text).toBe(seed);
    expect((await ben.workspace.listEvents(sourceId)).map((e) => e.id)).toEqual((await ana.workspace.listEvents(sourceId)).map((e) => e.id));
    expect(ben.heard.some((c) => c.remote && c.sources.includes(sourceId))).toBe(true);
    // Ben did nothing himself: nothing for him to undo.
    expect((await ben.workspace.historyState()).undo).toBeNull();
  });

  it('lands the first of two decisions on one candidate and shows the second as a conflict with both versions', async () => {
    const [sourceId] = (await ana.workspace.listSources()).map((s) => s.id);
    const candidate = (await ana.workspace.listEvents(sourceId!))[0]!;
    const rejected = await ben.workspace.reviewCandidate(candidate.id, { action: 'reject', expectedRev: candidate.rev });
    const accepted = await ana.workspace.reviewCandidate(candidate.id, { action: 'accept', expectedRev: candidate.rev });
    expect([rejected.ok, accepted.ok]).toEqual([true, true]);
    expect(await ben.sync()).toMatchObject({ applied: 1 });
    const report = await ana.sync();
    expect(report.conflicts).toEqual([expect.objectContaining({
      recordId: candidate.id, mine: expect.objectContaining({ state: 'accepted' }), theirs: expect.objectContaining({ state: 'rejected' }),
    })]);
    // Ana's workspace now shows what the team has; her decision waits in the conflict list.
    expect((await ana.workspace.getEvent(candidate.id))?.state).toBe('rejected');
    expect(ana.client.outbox.conflicts).toHaveLength(1);
  });
});
