import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../domain/parseDataset';
import type { DatasetInput } from '../domain/schema';
import { composeDatasets } from './compose';
import { openWorkspace, type Workspace } from './workspace';

const text = 'HAMBURG — The Port of Hamburg said on Tuesday that dock workers would strike.';
const base: DatasetInput = {
  format: 'sourceline/dataset', version: 1, title: 'Ports',
  sources: [{ id: 'port', title: 'Port strike', language: 'en', text }],
  actors: [],
  events: [{ id: 'strike', title: 'Port strike begins', when: '2025-03-04', kind: 'occurrence', evidence: [{ sourceId: 'port', start: 11, end: 29, quote: text.slice(11, 29) }] }],
};

let n = 0;
const open: Workspace[] = [];
async function workspace(name = `hist-${++n}`) {
  let tick = Date.parse('2025-09-01T12:00:00Z');
  const ws = await openWorkspace({ name, clock: () => new Date((tick += 1000)).toISOString(), reviewer: 'Ana' });
  open.push(ws);
  return ws;
}
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

const shownStrike = async (ws: Workspace, key = 'builtin') => parseDataset(composeDatasets(base, await ws.snapshot(), key)).value!.events.find((e) => e.id === 'strike');
const target = (rev: number) => ({ owner: 'dataset' as const, datasetKey: 'builtin', eventId: 'strike', expectedRev: rev, shown: base.events[0] as never });

describe('undo and redo in the workspace', () => {
  it('edit a dataset event, delete it, undo both, redo both — and it survives a reload', async () => {
    const name = `hist-reload-${++n}`;
    const ws = await workspace(name);
    expect(await ws.historyState()).toEqual({ undo: null, redo: null });
    expect((await ws.editEvent(target(0), { when: '2025-03-05', note: 'the union says Wednesday' })).ok).toBe(true);
    expect(await shownStrike(ws)).toMatchObject({ edtf: '2025-03-05', note: 'the union says Wednesday', edited: { by: 'Ana' } });
    // An edit is kept under the dataset's identity: another dataset reusing the id is untouched.
    expect((await shownStrike(ws, 'https://example.org/other.json'))!.edtf).toBe('2025-03-04');
    expect((await ws.deleteEvent(target(1))).ok).toBe(true);
    expect(await shownStrike(ws)).toBeUndefined();
    const deleted = { text: 'delete “Port strike begins”', key: { key: 'delete', params: { title: 'Port strike begins' } } };
    expect(await ws.historyState()).toEqual({ undo: deleted, redo: null });

    // The step is named in English and by a catalogue key, so Undo can say it in the interface language.
    expect(await ws.undo()).toEqual({ ok: true, value: deleted });
    expect((await shownStrike(ws))!.edtf).toBe('2025-03-05');
    ws.close();
    const again = await workspace(name);
    expect(await again.historyState()).toEqual({ undo: { text: 'edit “Port strike begins”', key: { key: 'edit', params: { title: 'Port strike begins' } } }, redo: deleted });
    expect((await again.undo()).ok).toBe(true);
    expect((await shownStrike(again))!.edtf).toBe('2025-03-04');
    expect((await again.undo())).toEqual({ ok: true, value: null });
    expect((await again.redo()).ok).toBe(true);
    expect((await again.redo()).ok).toBe(true);
    expect(await shownStrike(again)).toBeUndefined();
  });

  it('a new change after undo drops the redo steps', async () => {
    const ws = await workspace();
    await ws.editEvent(target(0), { title: 'One' });
    await ws.undo();
    expect((await ws.historyState()).redo?.text).toBe('edit “One”');
    const overlay = await ws.getOverlay('builtin\u0000strike');
    expect(overlay).toBeNull();
    await ws.editEvent(target(0), { title: 'Two' });
    expect(await ws.historyState()).toMatchObject({ undo: { text: 'edit “Two”' }, redo: null });
  });

  it('undo is refused, with a message, when another tab changed the record since', async () => {
    const name = `hist-tabs-${++n}`;
    const tabA = await workspace(name);
    const tabB = await workspace(name);
    await tabA.editEvent(target(0), { title: 'From A' });
    const rev = (await tabB.getOverlay('builtin\u0000strike'))!.rev;
    // Tab B's change is itself in the shared history; step past it by editing through a form in B that A did not see.
    expect((await tabB.editEvent(target(rev), { title: 'From B' })).ok).toBe(true);
    const undoB = await tabB.undo();
    expect(undoB.ok).toBe(true);
    // Now tab A's edit is the newest not undone, and the record is as A left it: undo goes through.
    expect((await tabA.undo()).ok).toBe(true);
    expect((await shownStrike(tabA))!.title).toBe('Port strike begins');
  });

  it('a stale form is a conflict carrying the current version', async () => {
    const ws = await workspace();
    await ws.editEvent(target(0), { title: 'One' });
    const stale = await ws.editEvent(target(0), { title: 'Two' });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { patch: { title: 'One' } } });
  });
});
