import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../domain/parseDataset';
import type { DatasetInput } from '../domain/schema';
import { extract, EXTRACTOR_VERSION } from '../extract';
import { composeDatasets } from './compose';
import { openWorkspace, type Workspace } from './workspace';
import type { StoredEvent, WorkspaceChange } from './types';

const seed = readFileSync(new URL('../../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const builtin = JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8')) as DatasetInput;
const extraction = extract(seed, { published: '2025-08-13T10:15+03:00', lang: 'ru', sourceId: 'new' });

let counter = 0;
const open: Workspace[] = [];
async function workspace(name = `ws-${++counter}`, start = '2025-09-01T12:00:00.000Z'): Promise<Workspace> {
  let tick = Date.parse(start);
  const ws = await openWorkspace({ name, clock: () => new Date((tick += 1000)).toISOString(), reviewer: 'analyst' });
  open.push(ws);
  return ws;
}
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

const input = (text = seed) => ({
  source: { title: 'Ким Чен Ын заверил Путина в поддержке России', language: 'ru', published: '2025-08-13T10:15+03:00', publishedZone: 'Europe/Moscow', text },
  origin: { kind: 'paste' as const },
  extraction: { extractor: EXTRACTOR_VERSION, lang: 'ru', events: extraction.events },
});

async function imported(ws: Workspace) {
  const r = await ws.addSourceWithCandidates(input());
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const byWhen = (events: readonly StoredEvent[], when: string) => {
  const e = events.find((c) => c.record.when === when);
  if (!e) throw new Error(`no candidate on ${when}`);
  return e;
};

describe('workspace', () => {
  it('adds a source with its candidates under ids of its own', async () => {
    const ws = await workspace();
    const { source, candidates } = await imported(ws);
    expect(source.id).toMatch(/^src-[0-9a-f]{12}$/u);
    expect(source.rev).toBe(1);
    expect(candidates).toHaveLength(extraction.events.length);
    for (const c of candidates) {
      expect(c.id.startsWith(`${source.id}.`)).toBe(true);
      expect(c.state).toBe('unreviewed');
      for (const ev of c.record.evidence) {
        expect(ev.sourceId).toBe(source.id);
        expect(seed.slice(ev.start, ev.end)).toBe(ev.quote);
      }
      for (const r of c.record.relations) expect(candidates.some((o) => o.id === r.target)).toBe(true);
    }
    expect((await ws.listSources()).map((s) => s.id)).toEqual([source.id]);
    expect((await ws.listEvents(source.id)).map((e) => e.id)).toEqual(
      [...candidates].sort((a, b) => a.record.evidence[0]!.start - b.record.evidence[0]!.start || (a.id < b.id ? -1 : 1)).map((c) => c.id),
    );
  });

  it('shows only accepted events, with their provenance, in a dataset that parseDataset reads without problems', async () => {
    const ws = await workspace();
    const { source, candidates } = await imported(ws);
    const before = parseDataset(await ws.workspaceDataset());
    expect(before.problems).toEqual([]);
    expect(before.value!.events).toEqual([]);
    expect(before.value!.sources.map((s) => s.id)).toEqual([source.id]);

    for (const when of ['2024-06-19', '2025-08-12', '2025-08-15']) {
      const c = byWhen(candidates, when);
      const r = await ws.reviewCandidate(c.id, { action: 'accept', expectedRev: c.rev });
      expect(r.ok).toBe(true);
    }
    const rejected = byWhen(candidates, '2025-08-13T10:18+03:00');
    expect((await ws.reviewCandidate(rejected.id, { action: 'reject', expectedRev: 1 })).ok).toBe(true);

    const { value, problems } = parseDataset(await ws.workspaceDataset());
    expect(problems).toEqual([]);
    expect(value!.events.map((e) => e.edtf)).toEqual(['2024-06-19', '2025-08-12', '2025-08-15']);
    const treaty = value!.events[0]!;
    expect(treaty.review).toEqual({ status: 'accepted', reviewedAt: expect.stringMatching(/^2025-09-01T12:00:0\dZ|^2025-09-01T12:00:0\d\.000Z$/u), reviewer: 'analyst' });
    expect(treaty.provenance).toMatchObject({ method: 'extracted', extractor: EXTRACTOR_VERSION });
    expect(treaty.actors).toContain('putin');
    // The anniversary's original was not accepted: its relation is left out rather than left dangling.
    expect(value!.events[2]!.relations).toEqual([]);
  });

  it('edits and accepts in one step, keeping what was proposed; an invalid edit changes nothing', async () => {
    const ws = await workspace();
    const { candidates } = await imported(ws);
    const c = byWhen(candidates, '2025-08-12');
    const bad = await ws.reviewCandidate(c.id, { action: 'edit', expectedRev: 1, changes: { when: '12 Aug' } });
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
    expect((await ws.getEvent(c.id))!.rev).toBe(1);

    const r = await ws.reviewCandidate(c.id, { action: 'edit', expectedRev: 1, changes: { when: '2025-08', title: 'Phone call', kind: 'occurrence', actors: ['putin'] } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ rev: 2, state: 'accepted', record: { when: '2025-08', title: 'Phone call', kind: 'occurrence', actors: ['putin'] } });
    expect(r.value.proposed).toMatchObject({ when: '2025-08-12', kind: 'report' });
    const reopened = await ws.reviewCandidate(c.id, { action: 'reopen', expectedRev: 2 });
    expect(reopened.ok && reopened.value.record.review).toEqual({ status: 'unreviewed' });
  });

  it('merges into a workspace event, and into a built-in one without writing the built-in data', async () => {
    const ws = await workspace();
    const { candidates } = await imported(ws);
    const call = byWhen(candidates, '2025-08-12');
    await ws.reviewCandidate(call.id, { action: 'accept', expectedRev: 1 });
    const kcna = candidates.find((c) => c.record.provenance?.rule === 'report-at-publication')!;
    const merged = await ws.reviewCandidate(kcna.id, { action: 'merge', expectedRev: 1, targetEventId: call.id });
    expect(merged.ok && merged.value).toMatchObject({ state: 'merged', mergedInto: call.id });
    const target = (await ws.getEvent(call.id))!;
    expect(target.rev).toBe(3);
    expect(target.record.evidence).toHaveLength(2);

    const treaty = byWhen(candidates, '2024-06-19');
    expect((await ws.reviewCandidate(treaty.id, { action: 'merge', expectedRev: 1, targetEventId: 'treaty-signed' })).ok).toBe(true);
    const frozen = JSON.stringify(builtin);
    const composed = composeDatasets(builtin, await ws.snapshot(), 'builtin');
    expect(JSON.stringify(builtin)).toBe(frozen);
    const { value, problems } = parseDataset(composed);
    expect(problems).toEqual([]);
    const builtinTreaty = value!.events.find((e) => e.id === 'treaty-signed')!;
    expect(builtinTreaty.evidence.map((e) => e.sourceId)).toContain(treaty.sourceId);
    expect(value!.events.some((e) => e.id === call.id)).toBe(true);
    expect(value!.events.some((e) => e.id === treaty.id)).toBe(false);
    expect(value!.events.length).toBe(builtin.events.length + 1);

    // Removing the source takes its excerpts out of the events they were merged into.
    const src = (await ws.listSources())[0]!;
    expect((await ws.removeSource(src.id, src.rev)).ok).toBe(true);
    const after = await ws.snapshot();
    expect(after.sources).toEqual([]);
    expect(after.events).toEqual([]);
    expect(after.overlays.every((o) => o.addedEvidence.length === 0)).toBe(true);
    expect(parseDataset(composeDatasets(builtin, after, 'builtin')).value!.events.length).toBe(builtin.events.length);

    // …and undo brings the source, its candidates and the merged excerpts back.
    expect((await ws.undo()).ok).toBe(true);
    const restored = parseDataset(composeDatasets(builtin, await ws.snapshot(), 'builtin')).value!;
    expect(restored.events.find((e) => e.id === 'treaty-signed')!.evidence.map((e) => e.sourceId)).toContain(treaty.sourceId);
    // The merge was made for the built-in dataset only: another dataset reusing the id gets nothing.
    const other = parseDataset(composeDatasets(builtin, await ws.snapshot(), 'https://example.org/other.json')).value!;
    expect(other.events.find((e) => e.id === 'treaty-signed')!.evidence.map((e) => e.sourceId)).not.toContain(treaty.sourceId);
  });

  it('keeps its contents across a reload', async () => {
    const name = `ws-reload-${++counter}`;
    const first = await workspace(name);
    const { candidates } = await imported(first);
    await first.reviewCandidate(candidates[0]!.id, { action: 'accept', expectedRev: 1 });
    first.close();
    const second = await workspace(name);
    expect(await second.listSources()).toHaveLength(1);
    expect((await second.getEvent(candidates[0]!.id))!.state).toBe('accepted');
  });
});

describe('two tabs on one workspace', () => {
  it('tell each other about changes, and a stale write is a conflict that overwrites nothing', async () => {
    const name = `ws-tabs-${++counter}`;
    const tabA = await workspace(name);
    const tabB = await workspace(name);
    const heardByB: WorkspaceChange[] = [];
    const heard = new Promise<void>((resolve) => tabB.subscribe((c) => (heardByB.push(c), c.remote && resolve())));

    const { candidates } = await imported(tabA);
    await heard;
    expect(heardByB[0]).toMatchObject({ remote: true, events: expect.arrayContaining([candidates[0]!.id]) });

    // Both tabs show revision 1 of the same candidate.
    const c = byWhen(candidates, '2025-08-15');
    const shownInB = (await tabB.getEvent(c.id))!;
    expect(shownInB.rev).toBe(1);
    expect((await tabA.reviewCandidate(c.id, { action: 'accept', expectedRev: 1 })).ok).toBe(true);

    const stale = await tabB.reviewCandidate(c.id, { action: 'edit', expectedRev: shownInB.rev, changes: { title: 'From tab B' } });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', id: c.id, expectedRev: 1 });
    if (stale.ok || stale.reason !== 'conflict') return;
    expect(stale.current).toMatchObject({ rev: 2, state: 'accepted' });
    expect(stale.message).toMatch(/changed in another tab/u);
    expect((await tabA.getEvent(c.id))!.record.title).toBe(c.record.title);

    // Redone on the current revision, it goes through.
    expect((await tabB.reviewCandidate(c.id, { action: 'edit', expectedRev: 2, changes: { title: 'From tab B' } })).ok).toBe(true);
  });

  it('merge into the same event from two tabs keeps both excerpts', async () => {
    const name = `ws-merge-${++counter}`;
    const tabA = await workspace(name);
    const tabB = await workspace(name);
    const { candidates } = await imported(tabA);
    const [x, y] = [byWhen(candidates, '2024-06-19'), byWhen(candidates, '2025-08-15')];
    await Promise.all([
      tabA.reviewCandidate(x.id, { action: 'merge', expectedRev: 1, targetEventId: 'phone-call' }),
      tabB.reviewCandidate(y.id, { action: 'merge', expectedRev: 1, targetEventId: 'phone-call' }),
    ]);
    const { overlays } = await tabA.snapshot();
    expect(overlays).toHaveLength(1);
    expect(overlays[0]!.rev).toBe(2);
    const keys = overlays[0]!.addedEvidence.map((e) => `${e.start}-${e.end}`);
    expect(keys).toEqual(expect.arrayContaining([...x.record.evidence, ...y.record.evidence].map((e) => `${e.start}-${e.end}`)));
    expect(overlays[0]!.addedEvidence).toHaveLength(x.record.evidence.length + y.record.evidence.length);
  });
});

describe('a failed import changes nothing', () => {
  it('refuses invalid candidates as a whole', async () => {
    const ws = await workspace();
    const broken = input();
    const events = structuredClone(extraction.events);
    events[1]!.evidence[0]!.quote = 'not in the text';
    const r = await ws.addSourceWithCandidates({ ...broken, extraction: { ...broken.extraction, events } });
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!r.ok && r.reason === 'invalid' && r.problems?.[0]?.path).toBe('events[1].evidence[0]');
    expect(await ws.snapshot()).toEqual({ sources: [], events: [], overlays: [], actors: [], stories: [] });
  });

  it('refuses an invalid source', async () => {
    const ws = await workspace();
    const r = await ws.addSourceWithCandidates({ ...input(), source: { ...input().source, title: '' } });
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await ws.listSources()).toEqual([]);
  });

  it('refuses the whole import when an id is already taken', async () => {
    const name = `ws-fail-${++counter}`;
    const ws = await workspace(name);
    const first = await imported(ws);
    await ws.removeSource(first.source.id, 1);
    // Something already holds the id of the third candidate: its `add` fails mid-transaction.
    const clash = first.candidates[2]!;
    const raw = await openDB(name);
    await raw.put('events', { ...clash, sourceId: 'elsewhere', state: 'accepted' });
    raw.close();

    const r = await ws.addSourceWithCandidates(input());
    expect(r).toMatchObject({ ok: false, reason: 'duplicate' });
    const after = await ws.snapshot();
    expect(after.sources).toEqual([]);
    expect(after.events.map((e) => [e.id, e.sourceId])).toEqual([[clash.id, 'elsewhere']]);
  });

  it('refuses the same text twice', async () => {
    const ws = await workspace();
    await imported(ws);
    const again = await ws.addSourceWithCandidates(input());
    expect(again).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(await ws.listSources()).toHaveLength(1);
  });
});
