import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { planTableImport, type ImportedRow, type TableImport } from './commands/tableImportCommands';
import { openWorkspace, type Workspace } from './workspace';
import type { EventRecord } from '../domain/schema';

let counter = 0;
const open: Workspace[] = [];
async function workspace(): Promise<Workspace> {
  let tick = Date.parse('2025-09-01T12:00:00.000Z');
  const ws = await openWorkspace({ name: `table-${++counter}`, clock: () => new Date((tick += 1000)).toISOString(), reviewer: 'analyst' });
  open.push(ws);
  return ws;
}
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

const runImport = (ws: Workspace, input: TableImport) =>
  ws.run(async (read, ctx) => {
    const planned = await planTableImport(read, input, ctx);
    return { command: planned.command, value: planned.value };
  });

const rows = (n: number): ImportedRow[] =>
  Array.from({ length: n }, (_, i) => ({ action: 'create', id: `row-${i}`, fields: { title: `Row ${i}`, when: '2025-08', actors: ['new-actor'], tags: ['t'] } }));

const builtinTreaty: EventRecord = {
  id: 'treaty-signed', title: 'Treaty signed', when: '2024-06-19', kind: 'occurrence', actors: [], tags: [], evidence: [], relations: [], review: { status: 'accepted' },
};

describe('importing a table into the workspace', () => {
  it('is one command: one Undo takes every row and the new actors back', async () => {
    const ws = await workspace();
    const r = await runImport(ws, { fileName: 'events.csv', rows: rows(120), actors: [{ id: 'new-actor', name: 'New Actor', aliases: [] }] });
    expect(r).toMatchObject({ ok: true, value: { created: 120, updated: 0 } });
    expect(await ws.historyState()).toEqual({ undo: { text: 'import 120 rows from “events.csv”', key: { key: 'importRows', params: { count: 120, name: 'events.csv' } } }, redo: null });
    const shown = await ws.workspaceDataset();
    expect(shown.events).toHaveLength(120);
    expect(shown.actors?.find((a) => a.id === 'new-actor')?.name).toBe('New Actor');
    expect(await ws.undo()).toMatchObject({ ok: true, value: { text: 'import 120 rows from “events.csv”' } });
    expect((await ws.workspaceDataset()).events).toHaveLength(0);
    expect(await ws.getActor('new-actor')).toBeNull();
    await ws.redo();
    expect((await ws.workspaceDataset()).events).toHaveLength(120);
  });

  it('updates a workspace event by id, and an event of the built-in dataset through an overlay; unchanged rows are not counted', async () => {
    const ws = await workspace();
    await runImport(ws, { fileName: 'a.csv', rows: rows(2), actors: [] });
    const stored = (await ws.getEvent('row-0'))!;
    const r = await runImport(ws, {
      fileName: 'b.csv',
      actors: [],
      rows: [
        { action: 'update', target: { owner: 'workspace', eventId: 'row-0', expectedRev: stored.rev }, fields: { title: 'Row 0', when: '2025-08-15', note: 'checked' } },
        { action: 'update', target: { owner: 'workspace', eventId: 'row-1', expectedRev: 1 }, fields: { title: 'Row 1', when: '2025-08' } },
        { action: 'update', target: { owner: 'dataset', datasetKey: 'builtin', eventId: 'treaty-signed', expectedRev: 0, shown: builtinTreaty }, fields: { title: 'Treaty signed', when: '2024-06' } },
      ],
    });
    expect(r).toMatchObject({ ok: true, value: { created: 0, updated: 2, unchanged: 1 } });
    expect((await ws.getEvent('row-0'))!.record).toMatchObject({ when: '2025-08-15', note: 'checked', title: 'Row 0' });
    const composed = await ws.composeWith({ format: 'sourceline/dataset', version: 1, sources: [], events: [builtinTreaty] }, 'builtin');
    expect(composed.events.find((e) => (e as EventRecord).id === 'treaty-signed')).toMatchObject({ when: '2024-06' });
    await ws.undo();
    expect((await ws.getEvent('row-0'))!.record.when).toBe('2025-08');
    const reverted = await ws.composeWith({ format: 'sourceline/dataset', version: 1, sources: [], events: [builtinTreaty] }, 'builtin');
    expect(reverted.events.find((e) => (e as EventRecord).id === 'treaty-signed')).toMatchObject({ when: '2024-06-19' });
  });

  it('refuses the whole import when an event changed since the preview, and writes nothing', async () => {
    const ws = await workspace();
    await runImport(ws, { fileName: 'a.csv', rows: rows(1), actors: [] });
    const previewRev = (await ws.getEvent('row-0'))!.rev;
    await ws.editEvent({ owner: 'workspace', eventId: 'row-0', expectedRev: previewRev }, { title: 'Edited in another tab' });
    const r = await runImport(ws, {
      fileName: 'b.csv',
      actors: [],
      rows: [
        { action: 'create', id: 'fresh', fields: { title: 'Fresh', when: '2025' } },
        { action: 'update', target: { owner: 'workspace', eventId: 'row-0', expectedRev: previewRev }, fields: { title: 'From the table', when: '2025' } },
      ],
    });
    expect(r).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await ws.getEvent('fresh')).toBeNull();
    expect((await ws.getEvent('row-0'))!.record.title).toBe('Edited in another tab');
  });

  it('refuses a row whose id was taken since the preview, and a row that is not a valid event', async () => {
    const ws = await workspace();
    await runImport(ws, { fileName: 'a.csv', rows: rows(1), actors: [] });
    expect(await runImport(ws, { fileName: 'b.csv', rows: rows(1), actors: [] })).toMatchObject({ ok: false, reason: 'duplicate' });
    const bad = await runImport(ws, { fileName: 'c.csv', actors: [], rows: [{ action: 'create', id: 'x', fields: { title: 'X', when: 'not a date' } }] });
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await ws.getEvent('x')).toBeNull();
  });
});
