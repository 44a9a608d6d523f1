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

describe('ids of any valid length', () => {
  it('are kept valid in the workspace: a 195- and a 200-character id load without problems', async () => {
    const text = 'On 5 March 2025 the council adopted the budget.';
    const long195 = `e${'x'.repeat(194)}`;
    const long200 = `e${'😀'.repeat(99)}y`;
    const input: DatasetInput = {
      format: 'sourceline/dataset', version: 1,
      sources: [{ id: 's1', title: 'Council', language: 'en', text }],
      events: [
        { id: long195, title: 'Budget adopted', when: '2025-03-05', kind: 'occurrence', evidence: [{ sourceId: 's1', start: 3, end: 15, quote: '5 March 2025' }] },
        { id: long200, title: 'Budget reported', when: '2025-03-05', kind: 'report', relations: [{ type: 'reports', target: long195 }], evidence: [{ sourceId: 's1', start: 0, end: 2, quote: 'On' }] },
      ],
    };
    const parsed = parseDataset(input);
    expect(parsed.problems).toEqual([]);
    const ws = await workspace();
    expect((await ws.addDataset(parsed.value!, 'long-ids.json')).ok).toBe(true);
    const composed = parseDataset(composeDatasets(builtinInput, await ws.snapshot(), 'builtin'));
    expect(composed.problems).toEqual([]);
    const added = composed.value!.events.filter((e) => e.title.startsWith('Budget'));
    expect(added).toHaveLength(2);
    expect(new Set(added.map((e) => e.id)).size).toBe(2);
    expect(added.find((e) => e.kind === 'report')!.relations[0]!.target).toBe(added.find((e) => e.kind === 'occurrence')!.id);
    for (const e of added) expect(e.id).not.toMatch(/[\uD800-\uDBFF]$/u);
  });
});
