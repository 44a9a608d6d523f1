import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../domain/parseDataset';
import type { Dataset } from '../../domain/dataset';
import type { MappedTable } from '../../import/table/mapRows';
import type { WorkspaceSnapshot } from '../../workspace';
import { freshId, mapContextOf, previewCounts, tableImportOf } from './importPlan';

const view = parseDataset({
  format: 'sourceline/dataset', version: 1, sources: [],
  actors: [{ id: 'putin', name: 'Vladimir Putin', aliases: ['Путин'] }],
  events: [{ id: 'treaty', title: 'Treaty', when: '2024-06-19', kind: 'occurrence' }],
}).value as Dataset;
const snapshot: WorkspaceSnapshot = {
  sources: [], overlays: [{ id: 'builtin\u0000treaty', rev: 3, datasetKey: 'builtin', eventId: 'treaty', patch: {}, addedEvidence: [], removedEvidence: [], deleted: false, updatedAt: '' }],
  actors: [], stories: [],
  events: [{ id: 'mine', rev: 4, sourceId: '', state: 'accepted', proposed: null, updatedAt: '', record: { id: 'mine', title: 'Mine', when: '2025', kind: 'occurrence', actors: [], tags: [], evidence: [], relations: [], review: { status: 'accepted' } } }],
};
const fields = { title: 'T', when: '2025' };
const mapped: MappedTable = {
  notes: [],
  newActors: [{ id: 'kim', name: 'Kim', aliases: [] }, { id: 'unused', name: 'Unused', aliases: [] }],
  rows: [
    { line: 2, id: 'a', fields: { ...fields, actors: ['kim'] }, problems: [], match: 'new' },
    { line: 3, id: 'treaty', fields, problems: [], match: 'same' },
    { line: 4, id: 'mine', fields, problems: [], match: 'different' },
    { line: 5, id: 'mine', fields, problems: [], match: 'different' },
    { line: 6, id: 'bad', fields: null, problems: [{ severity: 'error', message: 'x' }], match: 'new' },
  ],
};

describe('importPlan', () => {
  it('knows every id and actor name the chronology has', () => {
    const ctx = mapContextOf(view, snapshot, 'f.csv');
    expect(new Map(ctx.existing).get('mine')).toBe('Mine');
    expect(ctx.actors['путин']).toBe('putin');
  });

  it('turns the preview into creates and updates with the revisions it was made on', () => {
    const plan = tableImportOf(mapped, new Map([[4, 'update'], [5, 'new']]), view, snapshot, 'builtin', 'f.csv');
    expect(plan.rows.map((r) => (r.action === 'create' ? ['create', r.id] : ['update', r.target.owner, r.target.expectedRev]))).toEqual([
      ['create', 'a'], ['update', 'dataset', 3], ['update', 'workspace', 4], ['create', 'mine-2'],
    ]);
    expect(plan.actors.map((a) => a.id)).toEqual(['kim']);
  });

  it('imports a row whose id names another event as new unless told to update', () => {
    const plan = tableImportOf(mapped, new Map(), view, snapshot, 'builtin', 'f.csv');
    expect(plan.rows.filter((r) => r.action === 'create').map((r) => r.action === 'create' && r.id)).toEqual(['a', 'mine-2', 'mine-3']);
  });

  it('counts what the preview will do', () => {
    expect(previewCounts(mapped)).toEqual({ create: 1, update: 1, different: 2, skipped: 1 });
    expect(freshId('x', new Set(['x-2']))).toBe('x-3');
  });
});
