import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset';
import {
  formatSceneInstant,
  insertScene,
  instantOf,
  isPresentable,
  moveScene,
  newSceneId,
  removeScene,
  reorderScenes,
  sceneFromView,
  sceneIndexOf,
  sceneView,
  updateScene,
  validateScenes,
  type Scene,
} from './scenes';
import { sceneSchema } from './schema';

const scene = (id: string, extra: Record<string, unknown> = {}): Scene => sceneSchema.parse({ id, caption: `Scene ${id}`, ...extra });
const known = {
  events: new Set(['treaty-signed', 'phone-call']),
  actors: new Set(['putin']),
  sources: new Set(['s1']),
};

describe('ordering', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves a scene by drag index', () => {
    expect(reorderScenes(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(reorderScenes(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('clamps the target and leaves the list alone when nothing moves', () => {
    expect(reorderScenes(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(reorderScenes(list, 1, 1)).toBe(list);
    expect(reorderScenes(list, 7, 0)).toBe(list);
  });
  it('moves up and down one step, not past the ends', () => {
    expect(moveScene(list, 1, -1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveScene(list, 1, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveScene(list, 0, -1)).toBe(list);
    expect(moveScene(list, 3, 1)).toBe(list);
  });
  it('inserts, updates and removes', () => {
    const scenes = [scene('one'), scene('two')];
    const added = insertScene(scenes, scene('three'), 1);
    expect(added.map((s) => s.id)).toEqual(['one', 'three', 'two']);
    expect(updateScene(added, 'three', { caption: 'New', notes: 'n' })[1]).toMatchObject({ caption: 'New', notes: 'n' });
    expect(removeScene(added, 'one').map((s) => s.id)).toEqual(['three', 'two']);
  });
  it('finds a fresh id', () => {
    expect(newSceneId([scene('scene-2'), scene('x')])).toBe('scene-3');
    expect(newSceneId([scene('scene-1')])).toBe('scene-2');
  });
  it('reads 1-based scene numbers', () => {
    expect(sceneIndexOf(1, 7)).toBe(0);
    expect(sceneIndexOf(7, 7)).toBe(6);
    expect(sceneIndexOf(8, 7)).toBeNull();
    expect(sceneIndexOf(0, 7)).toBeNull();
    expect(sceneIndexOf(1.5, 7)).toBeNull();
  });
});

describe('what a scene restores', () => {
  it('gives the store state: window, lanes, fold, filters, selection', () => {
    const s = scene('x', {
      window: { from: '2025-08-08', to: '2025-08-18T12:30Z' },
      lanes: 'kind',
      fold: false,
      filters: { actors: ['putin'], kinds: ['report'] },
      event: 'phone-call',
      evidence: 1,
    });
    expect(sceneView(s)).toEqual({
      window: { start: Date.UTC(2025, 7, 8), end: Date.UTC(2025, 7, 18, 12, 30) },
      laneMode: 'kind',
      foldGaps: false,
      filters: { query: '', actors: ['putin'], kinds: ['report'], sources: [] },
      selectedEventId: 'phone-call',
      selectedEvidence: 1,
      showUnreviewed: false,
    });
  });
  it('fits all when the scene has no window', () => {
    expect(sceneView(scene('x')).window).toBeNull();
    expect(sceneView(scene('x')).selectedEventId).toBeNull();
  });
  it('round-trips the current view', () => {
    const view = sceneView(scene('x', { window: { from: '1945-01-01', to: '2025-08-13T10:15Z' }, event: 'treaty-signed', lanes: 'source' }));
    const saved = sceneFromView(view, { id: 'y', caption: 'Saved' });
    expect(saved.window).toEqual({ from: '1945-01-01', to: '2025-08-13T10:15Z' });
    expect(sceneView(saved)).toEqual(view);
  });
  it('reads instants as EDTF, a date at 00:00 UTC', () => {
    expect(instantOf('2025-08-12')).toBe(Date.UTC(2025, 7, 12));
    expect(instantOf('2025-08-13T10:15+03:00')).toBe(Date.UTC(2025, 7, 13, 7, 15));
    expect(instantOf('2024/2025')).toBeNull();
    expect(formatSceneInstant(Date.UTC(2025, 7, 12, 10, 15, 20))).toBe('2025-08-12T10:15Z');
  });
  it('hides unreviewed, rejected and low-confidence events unless the scene asks', () => {
    const accepted = { review: { status: 'accepted' } };
    expect(isPresentable(accepted, false)).toBe(true);
    expect(isPresentable({ review: { status: 'unreviewed' } }, false)).toBe(false);
    expect(isPresentable({ review: { status: 'unreviewed' } }, true)).toBe(true);
    expect(isPresentable({ ...accepted, confidence: 0.3 }, false)).toBe(false);
    expect(isPresentable({ ...accepted, confidence: 0.3 }, true)).toBe(true);
    expect(isPresentable({ review: { status: 'rejected' } }, true)).toBe(false);
  });
});

describe('validateScenes', () => {
  it('leaves out bad scenes with their paths and keeps the rest', () => {
    const { scenes, problems } = validateScenes(
      [
        { id: 'ok', caption: 'Fine' },
        { id: 'no caption' },
        { id: 'ok', caption: 'Duplicate' },
        { id: 'backwards', caption: 'B', window: { from: '2025-08-10', to: '2025-08-01' } },
        { id: 'span', caption: 'S', window: { from: '2024/2025', to: '2025-08-01' } },
        { id: 'lanes', caption: 'L', lanes: 'colour' },
      ],
      known,
    );
    expect(scenes.map((s) => s.id)).toEqual(['ok']);
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['scenes[1].id', 'scenes[1].caption', 'scenes[2].id', 'scenes[3].window.to', 'scenes[4].window.from', 'scenes[5].lanes']),
    );
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });
  it('keeps a scene that names an unknown event, actor or source, without that part', () => {
    const { scenes, problems } = validateScenes(
      [{ id: 'x', caption: 'X', event: 'nope', evidence: 2, filters: { actors: ['putin', 'ghost'], sources: ['s9'] } }],
      known,
    );
    expect(scenes[0]).toMatchObject({ id: 'x', evidence: 0, filters: { actors: ['putin'], sources: [] } });
    expect(scenes[0]!.event).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ path: 'scenes[0].event', severity: 'warning', message: expect.stringContaining('nope') }),
      expect.objectContaining({ path: 'scenes[0].filters.actors', severity: 'warning' }),
      expect.objectContaining({ path: 'scenes[0].filters.sources', severity: 'warning' }),
    ]);
  });
  it('runs inside parseDataset', () => {
    const { value, problems } = parseDataset({
      format: 'sourceline/dataset',
      version: 1,
      sources: [],
      events: [{ id: 'e1', title: 'E', when: '2025', kind: 'occurrence' }],
      scenes: [{ id: 'a', caption: 'A', event: 'e1' }, { id: 'b', caption: 'B', event: 'e2' }, 'junk'],
    });
    expect(value?.scenes?.map((s) => s.id)).toEqual(['a', 'b']);
    expect(problems.map((p) => p.path)).toEqual(['scenes[1].event', 'scenes[2]']);
  });
  it('reads a file without scenes as an empty story', () => {
    const { value } = parseDataset({ format: 'sourceline/dataset', version: 1, sources: [], events: [] });
    expect(value?.scenes).toEqual([]);
  });
});
