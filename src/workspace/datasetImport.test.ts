import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../domain/parseDataset';
import type { DatasetInput } from '../domain/schema';
import { composeDatasets } from './compose';
import { datasetRecords } from './datasetImport';
import { openWorkspace, type Workspace } from './workspace';

const builtinInput = JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8')) as DatasetInput;
const builtin = parseDataset(builtinInput).value!;

const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});
let n = 0;
async function workspace() {
  const ws = await openWorkspace({ name: `ds-${++n}`, clock: () => '2025-09-01T12:00:00.000Z' });
  open.push(ws);
  return ws;
}

describe('datasetRecords', () => {
  it('re-bases sources, evidence and relations on workspace ids and keeps every event', () => {
    const { sources, events } = datasetRecords(builtin, 'builtin.json', '2025-09-01T12:00:00.000Z');
    expect(sources).toHaveLength(builtin.sources.length);
    expect(events).toHaveLength(builtin.events.length);
    const ids = new Set(events.map((e) => e.id));
    for (const e of events) {
      expect(e.sourceId).toMatch(/^src-/);
      for (const ev of e.record.evidence) expect(sources.some((s) => s.id === ev.sourceId)).toBe(true);
      for (const r of e.record.relations) expect(ids.has(r.target)).toBe(true);
    }
  });
});

describe('Workspace.addDataset', () => {
  it('adds a dataset beside the built-in one, all of it shown, and refuses it a second time', async () => {
    const ws = await workspace();
    const r = await ws.addDataset(builtin, 'builtin.json');
    expect(r.ok).toBe(true);
    const composed = parseDataset(composeDatasets(builtinInput, await ws.snapshot(), 'builtin'));
    expect(composed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(composed.value!.events).toHaveLength(2 * builtin.events.length);
    const again = await ws.addDataset(builtin, 'builtin.json');
    expect(again.ok).toBe(false);
    expect(!again.ok && again.reason).toBe('duplicate');
    expect((await ws.listSources()).length).toBe(builtin.sources.length);
  });
});
