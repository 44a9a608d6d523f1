import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset, type Dataset, type DatasetIndex } from '../domain/dataset';
import { parseDataset } from '../domain/parseDataset';
import type { DatasetInput, EventRecord } from '../domain/schema';
import { datasetToInput, eventToRecord } from '../domain/serializeDataset';
import type { EventTarget } from './commands/eventCommands';
import { labelled } from './commands/labels';
import { overlayId } from './commands/overlays';
import { composeView } from './composeView';
import { openWorkspace, type Workspace } from './workspace';

const base = indexDataset(parseDataset(JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8'))).value!);
const baseRecord = new Map(base.dataset.events.map((e) => [e.id, eventToRecord(e)]));
const source = base.dataset.sources[0]!;

const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});
let n = 0;
async function workspace(): Promise<Workspace> {
  let tick = Date.parse('2025-09-01T12:00:00Z');
  const ws = await openWorkspace({ name: `round-${++n}`, clock: () => new Date((tick += 1000)).toISOString(), reviewer: 'Ana' });
  open.push(ws);
  return ws;
}

async function view(ws: Workspace): Promise<{ dataset: Dataset; index: DatasetIndex }> {
  const { dataset } = composeView(base, await ws.snapshot(), 'builtin');
  return { dataset, index: indexDataset(dataset) };
}

async function datasetTarget(ws: Workspace, index: DatasetIndex, id: string): Promise<EventTarget> {
  const overlay = await ws.getOverlay(overlayId('builtin', id));
  return { owner: 'dataset', datasetKey: 'builtin', eventId: id, expectedRev: overlay?.rev ?? 0, shown: eventToRecord(index.eventById.get(id)!) };
}

/** What the analyst exports: the view as a dataset file with the story as its scenes. */
function exported(dataset: Dataset): Dataset {
  const file: DatasetInput = datasetToInput(dataset);
  const parsed = parseDataset(JSON.parse(JSON.stringify(file)));
  expect(parsed.problems).toEqual([]);
  return parsed.value!;
}

const merge = (ws: Workspace, dataset: Dataset, conflicts: 'update' | 'new' = 'update', absent: 'keep' | 'delete' = 'delete') =>
  ws.mergeDataset(dataset, 'chronology.json', {
    datasetKey: 'builtin', conflicts, absent, baseEventIds: baseRecord.keys(), takeStory: true, baseScenes: base.dataset.scenes ?? [],
    baseEvent: (id) => baseRecord.get(id), baseSource: (id) => base.sourceById.get(id), baseActor: (id) => base.actorById.get(id),
  });

const shownRecords = (d: Dataset) => d.events.map((e) => {
  const { edited: _edited, ...rest } = eventToRecord(e);
  return rest;
});

type Op =
  | { readonly kind: 'edit'; readonly event: number; readonly title: string | null; readonly when: string | null; readonly note: string | null }
  | { readonly kind: 'delete'; readonly event: number }
  | { readonly kind: 'create'; readonly at: number; readonly title: string }
  | { readonly kind: 'story'; readonly scenes: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), event: fc.nat(), title: fc.option(fc.constantFrom('Edited', 'Исправлено <b>', '')), when: fc.option(fc.constantFrom('2025-08-12', '2024', '[..2025-08-14]')), note: fc.option(fc.constantFrom('checked', '')) }),
  fc.record({ kind: fc.constant('delete' as const), event: fc.nat() }),
  fc.record({ kind: fc.constant('create' as const), at: fc.nat({ max: 400 }), title: fc.constantFrom('By hand', 'Вручную') }),
  fc.record({ kind: fc.constant('story' as const), scenes: fc.integer({ min: 0, max: 2 }) }),
);

async function apply(ws: Workspace, o: Op, made: number): Promise<void> {
  const { index, dataset } = await view(ws);
  const baseIds = dataset.events.map((e) => e.id).filter((id) => baseRecord.has(id));
  if (o.kind === 'edit' && baseIds.length > 0) {
    const id = baseIds[o.event % baseIds.length]!;
    const patch = { ...(o.title ? { title: o.title } : {}), ...(o.when ? { when: o.when } : {}), ...(o.note !== null ? { note: o.note } : {}) };
    if (Object.keys(patch).length > 0) await ws.editEvent(await datasetTarget(ws, index, id), patch);
  } else if (o.kind === 'delete' && baseIds.length > 0) {
    await ws.deleteEvent(await datasetTarget(ws, index, baseIds[o.event % baseIds.length]!));
  } else if (o.kind === 'create') {
    const start = o.at % (source.text.length - 20);
    const evidence = { sourceId: source.id, start, end: start + 12, quote: source.text.slice(start, start + 12) };
    const record = { id: `hand-${made}`, title: o.title, when: '2025-08-13', kind: 'occurrence', actors: [], tags: [], relations: [], evidence: [] } as unknown as EventRecord;
    await ws.createEvent(record, [{ evidence, sourceText: source.text }]);
  } else if (o.kind === 'story') {
    const scenes = (base.dataset.scenes ?? []).slice(0, o.scenes).map((s) => ({ ...s, caption: `${s.caption} (mine)` }));
    const story = await ws.getStory('builtin');
    await ws.saveStory('builtin', story?.rev ?? 0, scenes, labelled('addScene', { caption: 'mine' }).labelKey);
  }
}

describe('a dataset file exported from the workspace comes back the same', () => {
  it('ids, edits, deletions, events made by hand and the story, through a fresh workspace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const a = await workspace();
        for (const [i, o] of ops.entries()) await apply(a, o, i);
        const before = await view(a);
        const file = exported(before.dataset);

        const b = await workspace();
        const result = await merge(b, file);
        expect(result.ok || (!result.ok && result.reason === 'duplicate')).toBe(true);
        const after = await view(b);
        expect(shownRecords(after.dataset)).toEqual(shownRecords(before.dataset));
        expect(after.dataset.scenes).toEqual(before.dataset.scenes);
        a.close();
        b.close();
      }),
      { numRuns: 40 },
    );
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const ws = await workspace();
    const { index } = await view(ws);
    await ws.editEvent(await datasetTarget(ws, index, 'treaty-signed'), { title: 'The treaty' });
    const file = exported((await view(ws)).dataset);
    const fresh = await workspace();
    const first = await merge(fresh, file);
    expect(first.ok && first.value).toMatchObject({ updated: 1, created: 0 });
    const again = await merge(fresh, file);
    expect(again.ok).toBe(false);
    expect(!again.ok && again.message).toMatch(/already in the chronology/u);
  });

  it('a change inside a nested field (a relation, the review) is an update, not "the same"', async () => {
    const ws = await workspace();
    const file = exported({
      ...base.dataset,
      events: base.dataset.events.map((e) =>
        e.relations.length > 0 ? { ...e, relations: e.relations.map((r) => ({ ...r, type: r.type === 'follows' ? 'mentions' : 'follows' })) } : e),
    });
    const changed = base.dataset.events.filter((e) => e.relations.length > 0).length;
    expect(changed).toBeGreaterThan(0);
    const result = await merge(ws, file, 'update', 'keep');
    expect(result.ok && result.value).toMatchObject({ updated: changed, created: 0 });
  });

  it('an id that names a different event can come in as a new event beside it, with its relations following', async () => {
    const ws = await workspace();
    const file = exported({ ...base.dataset, events: base.dataset.events.map((e) => (e.id === 'treaty-signed' ? { ...e, title: 'Another treaty' } : e)) });
    const result = await merge(ws, file, 'new', 'keep');
    expect(result.ok && result.value).toMatchObject({ renamed: base.dataset.events.length, created: base.dataset.events.length });
    const { dataset } = await view(ws);
    expect(dataset.events).toHaveLength(2 * base.dataset.events.length);
    expect(dataset.events.find((e) => e.id === 'treaty-signed-2')?.title).toBe('Another treaty');
    expect(dataset.events.find((e) => e.id === 'treaty-signed')?.title).not.toBe('Another treaty');
    const copies = dataset.events.filter((e) => e.id.endsWith('-2'));
    for (const e of copies) for (const r of e.relations) expect(r.target.endsWith('-2')).toBe(true);
  });
});

describe('a dataset file that adds to the chronology', () => {
  const text = 'On 5 March 2025 the council adopted the budget.';
  const council = (sourceId: string, sourceText = text): DatasetInput => ({
    format: 'sourceline/dataset', version: 1,
    sources: [{ id: sourceId, title: 'Council', language: 'en', text: sourceText }],
    events: [
      { id: `e${'x'.repeat(194)}`, title: 'Budget adopted', when: '2025-03-05', kind: 'occurrence', evidence: [{ sourceId, start: 3, end: 15, quote: '5 March 2025' }] },
      { id: `e${'😀'.repeat(99)}y`, title: 'Budget reported', when: '2025-03-05', kind: 'report', relations: [{ type: 'reports', target: `e${'x'.repeat(194)}` }], evidence: [{ sourceId, start: 0, end: 2, quote: 'On' }] },
    ],
  });

  it('joins beside the built-in dataset with its ids (even 200-character ones), and a second time changes nothing', async () => {
    const parsed = parseDataset(council('s1'));
    expect(parsed.problems).toEqual([]);
    const ws = await workspace();
    const result = await merge(ws, parsed.value!, 'update', 'keep');
    expect(result.ok && result.value).toMatchObject({ created: 2, updated: 0, deleted: 0, sources: 1 });
    const { dataset } = await view(ws);
    expect(dataset.events).toHaveLength(base.dataset.events.length + 2);
    const added = dataset.events.filter((e) => e.title.startsWith('Budget'));
    expect(added.map((e) => e.id).sort()).toEqual(parsed.value!.events.map((e) => e.id).sort());
    expect(added.find((e) => e.kind === 'report')!.relations[0]!.target).toBe(added.find((e) => e.kind === 'occurrence')!.id);
    const again = await merge(ws, parsed.value!, 'update', 'keep');
    expect(!again.ok && again.reason).toBe('duplicate');
  });

  it('a source id that names another text comes in under its own text\'s id, its excerpts with it', async () => {
    const ws = await workspace();
    const clash = parseDataset(council(source.id)).value!;
    const result = await merge(ws, clash, 'update', 'keep');
    expect(result.ok).toBe(true);
    const { dataset } = await view(ws);
    const added = dataset.events.find((e) => e.title === 'Budget adopted')!;
    expect(added.evidence[0]!.sourceId).not.toBe(source.id);
    expect(dataset.sources.find((s) => s.id === added.evidence[0]!.sourceId)!.text).toBe(text);
    expect(dataset.sources.find((s) => s.id === source.id)!.text).toBe(source.text);
  });
});
