import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../domain/dataset';
import { parseDataset } from '../domain/parseDataset';
import { lazySearchText } from '../domain/search';
import { extract, EXTRACTOR_VERSION } from '../extract';
import { datasetQueries } from '../queries/datasetQuery';
import { syncWorkspaceQueries, workspaceNotice, workspaceQueries } from '../queries/workspaceQueries';
import { withinWorkspaceTimeout } from './openWithin';
import { openWorkspace, type Workspace } from './workspace';

const seed = readFileSync(new URL('../../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const builtinJson = JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8'));
const URL_ = 'data/builtin.json';

let ws: Workspace;
afterEach(() => ws?.close());

function clientWithBuiltin(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const index = indexDataset(parseDataset(builtinJson).value!);
  client.setQueryData(datasetQueries.byUrl(URL_).queryKey, { url: URL_, index, searchText: lazySearchText(index), problems: [] });
  return client;
}

describe('workspaceQueries', () => {
  it('keys hierarchically under ["workspace"]', () => {
    expect(workspaceQueries.events('src-1').queryKey).toEqual(['workspace', 'sources', 'src-1', 'events']);
    expect(workspaceQueries.view(URL_).queryKey).toEqual(['workspace', 'view', URL_]);
  });

  it('views the built-in dataset with the accepted workspace events, and refetches after a change', async () => {
    ws = await openWorkspace({ name: 'queries-1', clock: () => '2025-09-01T12:00:00Z' });
    const client = clientWithBuiltin();
    const stop = syncWorkspaceQueries(ws, client);
    const added = await ws.addSourceWithCandidates({
      source: { title: 'Seed', language: 'ru', published: '2025-08-13T10:15+03:00', text: seed },
      origin: { kind: 'paste' },
      extraction: { extractor: EXTRACTOR_VERSION, lang: 'ru', events: extract(seed, { published: '2025-08-13T10:15+03:00', lang: 'ru' }).events },
    });
    if (!added.ok) throw new Error(added.message);

    const before = await client.fetchQuery(workspaceQueries.view(URL_, ws));
    expect(before.index.dataset.events.length).toBe(builtinJson.events.length);
    expect(before.index.sourceById.has(added.value.source.id)).toBe(true);
    expect(before.problems).toEqual([]);

    const c = added.value.candidates.find((e) => e.record.when === '2024-06-19')!;
    expect((await ws.reviewCandidate(c.id, { action: 'accept', expectedRev: 1 })).ok).toBe(true);
    expect(client.getQueryState(workspaceQueries.view(URL_, ws).queryKey)?.isInvalidated).toBe(true);

    const after = await client.fetchQuery(workspaceQueries.view(URL_, ws));
    expect(after.index.eventById.get(c.id)?.edtf).toBe('2024-06-19');
    expect((await client.fetchQuery(workspaceQueries.events(added.value.source.id, ws))).find((e) => e.id === c.id)?.state).toBe('accepted');
    stop();
  });
});

describe('a workspace that never answers', () => {
  it('views the base dataset alone, with the workspace notice, after the timeout', async () => {
    const client = clientWithBuiltin();
    const stuck = new Promise<Workspace>(() => undefined);
    const view = await client.fetchQuery(workspaceQueries.view(URL_, stuck, 50));
    expect(view.index.dataset.events.length).toBe(builtinJson.events.length);
    const { notice } = workspaceNotice(view.problems);
    expect(notice?.message).toMatch(/did not answer within 0\.05 seconds/);
  });

  it('ends the other workspace queries in an error rather than waiting for ever', async () => {
    const client = clientWithBuiltin();
    const stuck = withinWorkspaceTimeout(new Promise<Workspace>(() => undefined), 20);
    await expect(client.fetchQuery(workspaceQueries.sources(stuck))).rejects.toThrow(/did not answer/);
  });
});

describe('a source whose data cannot be read', () => {
  it('is named in the view, so that it can be removed; after removal the view is clean', async () => {
    ws = await openWorkspace({ name: 'queries-poisoned', clock: () => '2025-09-01T12:00:00Z' });
    const text = 'On 5 March 2025 the council adopted the budget.';
    const added = await ws.addSourceWithCandidates({ source: { title: 'Council', language: 'en', text }, origin: { kind: 'paste' } });
    if (!added.ok) throw new Error(added.message);
    const sourceId = added.value.source.id;
    // A record stored by an older version, with an id the format refuses (212 characters).
    const db = await openDB('queries-poisoned');
    const id = `${sourceId}.${'x'.repeat(195)}`;
    await db.put('events', {
      id, rev: 1, sourceId, state: 'accepted', proposed: null, updatedAt: '2025-09-01T12:00:00Z',
      record: { id, title: 'Budget', when: '2025-03-05', kind: 'occurrence', actors: [], tags: [], relations: [], review: { status: 'accepted' },
        evidence: [{ sourceId, start: 3, end: 15, quote: '5 March 2025' }] },
    });
    db.close();

    const client = clientWithBuiltin();
    const stop = syncWorkspaceQueries(ws, client);
    const poisoned = await client.fetchQuery(workspaceQueries.view(URL_, ws));
    expect(poisoned.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(poisoned.unreadableSources).toEqual([{ id: sourceId, rev: 1, title: 'Council' }]);

    expect((await ws.removeSource(sourceId, 1)).ok).toBe(true);
    const clean = await client.fetchQuery(workspaceQueries.view(URL_, ws));
    expect(clean.problems).toEqual([]);
    expect(clean.unreadableSources).toBeUndefined();
    stop();
  });
});
