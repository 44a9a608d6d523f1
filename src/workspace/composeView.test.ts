import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset, type Dataset } from '../domain/dataset';
import { generateDataset } from '../domain/generate/generateDataset';
import { parseDataset, type Problem } from '../domain/parseDataset';
import type { DatasetInput, EventRecord, SourceRecord } from '../domain/schema';
import { eventToRecord } from '../domain/serializeDataset';
import { composeDatasets, type WorkspaceSnapshot } from './compose';
import { composeView, createComposeCache } from './composeView';
import type { EventState, StoredEvent, StoredOverlay, StoredSource } from './types';

const baseInput = generateDataset({ events: 40, seed: 7 });
const baseIndex = indexDataset(parseDataset(baseInput).value!);
const baseEvents = baseIndex.dataset.events;
const STAMP = '2025-09-01T12:00:00Z';

const text = 'On 4 March 2025 the dock workers struck. On 6 March 2025 they went back. A 🚢 sailed on 7 March.';
const importedSource: StoredSource = {
  id: 'imported', rev: 1, source: { id: 'imported', title: 'Dock news', language: 'en', text } as SourceRecord,
  origin: { kind: 'paste' }, importedAt: STAMP, extraction: null, furniture: [],
};

function candidate(id: string, quote: string, when: string, state: EventState, rev = 1, extra: Partial<EventRecord> = {}): StoredEvent {
  const start = text.indexOf(quote);
  return {
    id, rev, sourceId: 'imported', state, proposed: null, updatedAt: STAMP,
    record: {
      id, title: `Candidate ${id}`, when, kind: 'occurrence', actors: [], tags: [], relations: [],
      evidence: [{ sourceId: 'imported', start, end: start + quote.length, quote }], ...extra,
    } as EventRecord,
  };
}

function overlay(eventId: string, change: Partial<StoredOverlay>): StoredOverlay {
  return { id: `builtin:${eventId}`, rev: 1, datasetKey: 'builtin', eventId, patch: {}, addedEvidence: [], removedEvidence: [], deleted: false, updatedAt: STAMP, ...change };
}

const empty: WorkspaceSnapshot = { sources: [], events: [], overlays: [], actors: [], stories: [] };

/** The reference: the workspace laid over the base as a file, then the whole file parsed. */
function composedByParsing(snapshot: WorkspaceSnapshot): { dataset: Dataset; problems: readonly Problem[] } {
  const { value, problems } = parseDataset(composeDatasets(baseInput as DatasetInput, snapshot, 'builtin'));
  return { dataset: value!, problems };
}

function expectSameView(snapshot: WorkspaceSnapshot, cache = createComposeCache()) {
  const fast = composeView(baseIndex, snapshot, 'builtin', cache);
  const slow = composedByParsing(snapshot);
  expect(fast.dataset.events.map(eventToRecord)).toEqual(slow.dataset.events.map(eventToRecord));
  expect(fast.dataset.events.map((e) => e.extent)).toEqual(slow.dataset.events.map((e) => e.extent));
  expect(fast.dataset.sources).toEqual(slow.dataset.sources);
  expect(fast.dataset.actors).toEqual(slow.dataset.actors);
  expect(fast.dataset.scenes).toEqual(slow.dataset.scenes);
  // Paths name items differently (by id rather than by position in the composed file); the reasons agree.
  const reasons = (ps: readonly Problem[]) => ps.map((p) => `${p.severity}: ${p.message}`).sort();
  expect(reasons(fast.problems)).toEqual(reasons(slow.problems));
  return fast;
}

describe('composeView: the workspace over a parsed dataset, parsing only what changed', () => {
  it('an empty workspace shows the base as it is, keeping its events', () => {
    const view = expectSameView(empty);
    expect(view.dataset.events.every((e, i) => e === baseEvents[i])).toBe(true);
  });

  it('agrees with parsing the composed file: edits, deletions, merges, imports and a story', () => {
    const [a, b, c] = baseEvents;
    const merged = baseIndex.dataset.actors[0]!;
    const into = baseIndex.dataset.actors[1]!;
    const snapshot: WorkspaceSnapshot = {
      sources: [importedSource],
      events: [
        candidate('c1', '4 March 2025', '2025-03-04', 'accepted', 3, { relations: [{ type: 'follows', target: c!.id }] }),
        candidate('c2', '6 March 2025', '2025-03-06', 'unreviewed'),
        candidate('c3', '7 March', '2025-03-07', 'accepted', 1, { relations: [{ type: 'follows', target: 'c2' }] }),
        // Ids are the dataset's where they meet.
        candidate(a!.id, '🚢', '1999', 'accepted'),
      ],
      overlays: [
        overlay(a!.id, { patch: { title: 'Renamed by the analyst', when: '1066-10-14' } }),
        overlay(b!.id, { deleted: true }),
        overlay(c!.id, { patch: { note: 'checked' }, removedEvidence: [] }),
      ],
      actors: [
        { id: merged.id, rev: 2, actor: merged, mergedInto: into.id, updatedAt: STAMP },
        { id: into.id, rev: 1, actor: { ...into, name: 'A new name' }, updatedAt: STAMP },
      ],
      stories: [{ id: 'builtin', rev: 1, updatedAt: STAMP, scenes: [{ id: 's1', caption: 'One', event: b!.id } as never] }],
    };
    const view = expectSameView(snapshot);
    expect(view.dataset.events.find((e) => e.id === a!.id)?.edtf).toBe('1066-10-14');
    expect(view.dataset.events.some((e) => e.id === 'c1')).toBe(true);
    expect(view.dataset.events.some((e) => e.id === 'c2')).toBe(false);
    expect(view.dataset.events.flatMap((e) => e.actors)).not.toContain(merged.id);
  });

  it('names the workspace events that cannot be read, and keeps the rest', () => {
    const broken = candidate('bad', '4 March 2025', '2025-03-04', 'accepted');
    const snapshot = { ...empty, sources: [importedSource], events: [{ ...broken, record: { ...broken.record, evidence: [{ ...broken.record.evidence[0]!, quote: 'not there' }] } }, candidate('ok', '6 March 2025', '2025-03-06', 'accepted')] };
    const view = expectSameView(snapshot);
    expect(view.rejected.eventIds).toEqual(['bad']);
    expect(view.problems.find((p) => p.severity === 'error')?.path).toBe('workspace event "bad".evidence[0].quote');
  });

  it('parses a workspace event once per revision', () => {
    const cache = createComposeCache();
    const snapshot = { ...empty, sources: [importedSource], events: [candidate('c1', '4 March 2025', '2025-03-04', 'accepted')] };
    const first = composeView(baseIndex, snapshot, 'builtin', cache).dataset.events.find((e) => e.id === 'c1');
    const again = composeView(baseIndex, snapshot, 'builtin', cache).dataset.events.find((e) => e.id === 'c1');
    expect(again).toBe(first);
    const edited = { ...snapshot, events: [candidate('c1', '6 March 2025', '2025-03-06', 'accepted', 2)] };
    expect(composeView(baseIndex, edited, 'builtin', cache).dataset.events.find((e) => e.id === 'c1')?.edtf).toBe('2025-03-06');
    expect([...cache.keys()]).toEqual(['c1@2']);
  });

  it('agrees with parsing the composed file for any mix of overlays and review states', () => {
    const quotes = ['4 March 2025', '6 March 2025', '7 March', '🚢'] as const;
    const states: EventState[] = ['accepted', 'unreviewed', 'rejected', 'merged'];
    const arbitraryOverlay = fc.record({
      event: fc.nat({ max: baseEvents.length - 1 }),
      deleted: fc.boolean(),
      when: fc.option(fc.constantFrom('2030', '1901-02-03', '2025-08', 'not a date', '2025-08-06/2025-08-15')),
      title: fc.option(fc.constantFrom('', 'Edited')),
    });
    const arbitraryCandidate = fc.record({
      quote: fc.constantFrom(...quotes),
      when: fc.constantFrom('2025-03-04', '2025', '[..2025-03-07]', 'soon'),
      state: fc.constantFrom(...states),
      rev: fc.integer({ min: 1, max: 3 }),
      relatesTo: fc.option(fc.nat({ max: baseEvents.length + 3 })),
    });
    fc.assert(
      fc.property(fc.array(arbitraryOverlay, { maxLength: 6 }), fc.array(arbitraryCandidate, { maxLength: 6 }), (overlays, candidates) => {
        const target = (n: number) => (n < baseEvents.length ? baseEvents[n]!.id : `w${n - baseEvents.length}`);
        const snapshot: WorkspaceSnapshot = {
          ...empty,
          sources: [importedSource],
          events: candidates.map((c, i) =>
            candidate(`w${i}`, c.quote, c.when, c.state, c.rev, c.relatesTo === null ? {} : { relations: [{ type: 'follows', target: target(c.relatesTo) }] })),
          overlays: [...new Map(overlays.map((o) => {
            const id = baseEvents[o.event]!.id;
            const patch = { ...(o.when !== null ? { when: o.when } : {}), ...(o.title !== null ? { title: o.title } : {}) };
            return [id, overlay(id, { deleted: o.deleted, patch })] as const;
          })).values()],
        };
        expectSameView(snapshot);
      }),
      { numRuns: 60 },
    );
  });
});
