import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../domain/schema';
import type { StoredEvent } from '../types';
import { applyCommand, emptyRecordState, invertCommand, type Command, type RecordState } from './command';
import { planAddEvidence, planCreateEvent, planDeleteEvent, planEditEvent, planRemoveEvidence, planRevertEvent } from './eventCommands';
import { stateReader, CommandRefusal } from './plan';

const ctx = { now: '2025-09-01T12:00:00Z', by: 'Ana' };
const text = 'On 4 March 2025 the Port of Hamburg 🚢 said dock workers would strike.';
const evidence = (start: number, end: number) => ({ evidence: { sourceId: 'port', start, end, quote: text.slice(start, end) }, sourceText: text });

function record(id: string, title = 'Port strike begins'): EventRecord {
  return { id, title, when: '2025-03-04', kind: 'occurrence', actors: [], tags: [], evidence: [], relations: [], review: { status: 'unreviewed' } };
}

/** Records by content, revisions left out: undo restores content and moves revisions on. */
function content(state: RecordState) {
  const out: Record<string, unknown> = {};
  for (const [store, table] of Object.entries(state)) {
    out[store] = [...(table as ReadonlyMap<string, { rev: number }>).values()].map(({ rev: _rev, ...rest }) => rest).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

function must(s: ReturnType<typeof applyCommand>): RecordState {
  if (!s.ok) throw new Error(s.reason);
  return s.state;
}

async function created(id: string): Promise<RecordState> {
  return must(applyCommand(emptyRecordState(), await planCreateEvent(stateReader(emptyRecordState()), record(id), [evidence(3, 15)], ctx)));
}

describe('commands on events', () => {
  it('a new event from a selection carries the excerpt and undoes to nothing', async () => {
    const state = await created('e1');
    const e = state.events.get('e1')!;
    expect(e).toMatchObject({ rev: 1, state: 'accepted', manual: true, record: { evidence: [{ quote: '4 March 2025' }], provenance: { method: 'manual' } } });
    const create = await planCreateEvent(stateReader(emptyRecordState()), record('e1'), [evidence(3, 15)], ctx);
    expect(content(must(applyCommand(state, invertCommand(create))))).toEqual(content(emptyRecordState()));
  });

  it('refuses a span that splits a surrogate pair or does not slice to its quote', async () => {
    const ship = text.indexOf('🚢');
    const half = { evidence: { sourceId: 'port', start: ship, end: ship + 1, quote: text.slice(ship, ship + 1) }, sourceText: text };
    await expect(planCreateEvent(stateReader(emptyRecordState()), record('x'), [half], ctx)).rejects.toBeInstanceOf(CommandRefusal);
    const wrong = { evidence: { sourceId: 'port', start: 0, end: 2, quote: 'no' }, sourceText: text };
    await expect(planCreateEvent(stateReader(emptyRecordState()), record('x'), [wrong], ctx)).rejects.toThrow(/does not match/u);
  });

  it('edits record who and when, and a stale form is a conflict', async () => {
    const state = await created('e1');
    const target = { owner: 'workspace' as const, eventId: 'e1', expectedRev: 1 };
    const edit = await planEditEvent(stateReader(state), target, { title: 'Strike called', note: 'check with the union' }, ctx);
    const next = must(applyCommand(state, edit));
    expect(next.events.get('e1')!.record).toMatchObject({ title: 'Strike called', note: 'check with the union', edited: { at: ctx.now, by: 'Ana' } });
    await expect(planEditEvent(stateReader(next), target, { title: 'Stale' }, ctx)).rejects.toMatchObject({ failure: { reason: 'conflict', expectedRev: 1 } });
    // Undo after another change to the same record is refused, not applied blindly.
    const later = must(applyCommand(next, await planEditEvent(stateReader(next), { ...target, expectedRev: 2 }, { title: 'Later' }, ctx)));
    expect(applyCommand(later, invertCommand(edit)).ok).toBe(false);
  });

  it('overlays a dataset event: edit, add and remove excerpts, delete, revert', async () => {
    const shown = { ...record('treaty-signed', 'Treaty signed'), evidence: [evidence(3, 15).evidence] };
    let state = emptyRecordState();
    const target = (rev: number) => ({ owner: 'dataset' as const, datasetKey: 'builtin', eventId: 'treaty-signed', expectedRev: rev, shown });
    state = must(applyCommand(state, await planEditEvent(stateReader(state), target(0), { when: '2024-06-19' }, ctx)));
    state = must(applyCommand(state, await planAddEvidence(stateReader(state), target(1), [evidence(16, 35)], ctx)));
    state = must(applyCommand(state, await planRemoveEvidence(stateReader(state), target(2), shown.evidence[0]!, ctx)));
    const overlay = state.overlays.get('builtin\u0000treaty-signed')!;
    expect(overlay).toMatchObject({ rev: 3, patch: { when: '2024-06-19' }, removedEvidence: ['port\u00003\u000015'], addedEvidence: [{ quote: 'the Port of Hamburg' }] });
    state = must(applyCommand(state, await planDeleteEvent(stateReader(state), target(3), ctx)));
    expect(state.overlays.get('builtin\u0000treaty-signed')!.deleted).toBe(true);
    state = must(applyCommand(state, await planRevertEvent(stateReader(state), target(4), ctx)));
    expect(state.overlays.size).toBe(0);
  });
});

describe('apply then invert is the identity', () => {
  type Step = { kind: 'edit' | 'delete' | 'evidence'; on: number; title: string };
  const step = fc.record({ kind: fc.constantFrom<Step['kind']>('edit', 'delete', 'evidence'), on: fc.nat(2), title: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim().length > 0) });

  it('over random sequences of commands, undoing them all in reverse restores the records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        let state = emptyRecordState();
        const applied: Command[] = [];
        for (const id of ['a', 'b', 'c']) {
          const c = await planCreateEvent(stateReader(state), record(id), [evidence(3, 15)], ctx);
          state = must(applyCommand(state, c));
          applied.push(c);
        }
        const start = content(state);
        const history: { before: ReturnType<typeof content>; command: Command }[] = [];
        for (const s of steps) {
          const id = ['a', 'b', 'c'][s.on]!;
          const current = state.events.get(id) as StoredEvent | undefined;
          if (!current) continue;
          const target = { owner: 'workspace' as const, eventId: id, expectedRev: current.rev };
          const read = stateReader(state);
          const command =
            s.kind === 'edit' ? await planEditEvent(read, target, { title: s.title }, ctx)
              : s.kind === 'delete' ? await planDeleteEvent(read, target, ctx)
                : await planAddEvidence(read, target, [evidence(16, 35)], ctx);
          history.push({ before: content(state), command });
          state = must(applyCommand(state, command));
        }
        for (const { before, command } of history.reverse()) {
          state = must(applyCommand(state, invertCommand(command)));
          expect(content(state)).toEqual(before);
        }
        expect(content(state)).toEqual(start);
      }),
      { numRuns: 100 },
    );
  });
});

describe('revisions', () => {
  it('only count up, through undo and redo', async () => {
    let state = await created('e1');
    const edits: Command[] = [];
    for (const title of ['One', 'Two']) {
      const current = state.events.get('e1')!;
      const c = await planEditEvent(stateReader(state), { owner: 'workspace', eventId: 'e1', expectedRev: current.rev }, { title }, ctx);
      state = must(applyCommand(state, c));
      edits.push(c);
    }
    const seen = [state.events.get('e1')!.rev];
    for (const c of [...edits].reverse()) {
      state = must(applyCommand(state, invertCommand(c)));
      seen.push(state.events.get('e1')!.rev);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(state.events.get('e1')!.record.title).toBe('Port strike begins');
  });
});
