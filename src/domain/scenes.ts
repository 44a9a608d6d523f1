import { describeIssue } from './describeIssue';
import type { Problem } from './parseDataset';
import type { EventFilters } from './search';
import { sceneSchema, type EventKind, type LaneMode, type SceneRecord } from './schema';
import { extentOf, parseEdtf } from './when';
import { z } from 'zod';

/**
 * Scenes: a story is an ordered list of saved views. Everything here is plain data in,
 * plain data out — ordering, validation, and what a scene restores — so presenter mode,
 * the story editor and the console share one model and tests need no browser.
 */

export type Scene = SceneRecord;

/** What a scene puts back into the view: the store's shape, not the file's. */
export interface SceneView {
  /** null: fit all events. */
  readonly window: { readonly start: number; readonly end: number } | null;
  readonly laneMode: LaneMode;
  readonly foldGaps: boolean;
  readonly filters: EventFilters;
  readonly selectedEventId: string | null;
  readonly selectedEvidence: number;
  readonly showUnreviewed: boolean;
}

/** Below this confidence an event counts as "low confidence" and a presentation hides it. */
export const PRESENT_MIN_CONFIDENCE = 0.5;

/** An EDTF / ISO instant as UTC milliseconds: a date is 00:00 UTC that day; null when it is not a single date. */
export function instantOf(text: string): number | null {
  const when = parseEdtf(text);
  if (!when.ok || when.value.type !== 'point') return null;
  return extentOf(when.value).start;
}

/** An instant as short as it can be written (EDTF): a day at midnight, else minutes in UTC. */
export function formatSceneInstant(t: number): string {
  const iso = new Date(Math.round(t / 60_000) * 60_000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

export function sceneView(scene: Scene): SceneView {
  const start = scene.window ? instantOf(scene.window.from) : null;
  const end = scene.window ? instantOf(scene.window.to) : null;
  return {
    window: start !== null && end !== null && end > start ? { start, end } : null,
    laneMode: scene.lanes,
    foldGaps: scene.fold,
    filters: {
      query: scene.filters.query,
      actors: scene.filters.actors,
      kinds: scene.filters.kinds,
      sources: scene.filters.sources,
    },
    selectedEventId: scene.event ?? null,
    selectedEvidence: scene.event ? scene.evidence : 0,
    showUnreviewed: scene.showUnreviewed,
  };
}

/** The current view as a new scene. */
export function sceneFromView(
  view: Omit<SceneView, 'showUnreviewed'> & { readonly showUnreviewed?: boolean },
  meta: { readonly id: string; readonly caption: string; readonly notes?: string },
): Scene {
  return {
    id: meta.id,
    caption: meta.caption,
    notes: meta.notes ?? '',
    ...(view.window ? { window: { from: formatSceneInstant(view.window.start), to: formatSceneInstant(view.window.end) } } : {}),
    lanes: view.laneMode,
    fold: view.foldGaps,
    filters: {
      query: view.filters.query,
      actors: [...view.filters.actors],
      kinds: [...view.filters.kinds] as EventKind[],
      sources: [...view.filters.sources],
    },
    ...(view.selectedEventId ? { event: view.selectedEventId } : {}),
    evidence: view.selectedEventId ? view.selectedEvidence : 0,
    showUnreviewed: view.showUnreviewed ?? false,
  };
}

/** A scene id not yet used in the list: scene-1, scene-2… */
export function newSceneId(scenes: readonly Scene[]): string {
  const used = new Set(scenes.map((s) => s.id));
  let n = scenes.length + 1;
  while (used.has(`scene-${n}`)) n++;
  return `scene-${n}`;
}

/** The list with the scene at `from` moved to `to` (both clamped); the same list when nothing moves. */
export function reorderScenes<T>(scenes: readonly T[], from: number, to: number): readonly T[] {
  if (from < 0 || from >= scenes.length) return scenes;
  const target = Math.max(0, Math.min(scenes.length - 1, to));
  if (target === from) return scenes;
  const out = scenes.slice();
  const [moved] = out.splice(from, 1);
  out.splice(target, 0, moved!);
  return out;
}

/** Move one step up (-1) or down (+1). */
export function moveScene<T>(scenes: readonly T[], index: number, delta: -1 | 1): readonly T[] {
  return reorderScenes(scenes, index, index + delta);
}

export function insertScene(scenes: readonly Scene[], scene: Scene, at = scenes.length): readonly Scene[] {
  const i = Math.max(0, Math.min(scenes.length, at));
  return [...scenes.slice(0, i), scene, ...scenes.slice(i)];
}

export function removeScene(scenes: readonly Scene[], id: string): readonly Scene[] {
  return scenes.filter((s) => s.id !== id);
}

export function updateScene(scenes: readonly Scene[], id: string, patch: Partial<Pick<Scene, 'caption' | 'notes' | 'showUnreviewed'>>): readonly Scene[] {
  return scenes.map((s) => (s.id === id ? { ...s, ...patch } : s));
}

/** A 1-based scene number from outside (URL, typed digits) as a 0-based index, or null when out of range. */
export function sceneIndexOf(n: number, count: number): number | null {
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
}

/** Whether a presentation shows this event: reviewed as accepted and not low-confidence, unless the scene asks for all. */
export function isPresentable(
  event: { readonly review: { readonly status: string }; readonly confidence?: number | undefined },
  showUnreviewed: boolean,
): boolean {
  if (event.review.status === 'rejected') return false;
  if (showUnreviewed) return true;
  return event.review.status === 'accepted' && (event.confidence === undefined || event.confidence >= PRESENT_MIN_CONFIDENCE);
}

export interface KnownIds {
  readonly events: Pick<ReadonlySet<string>, 'has'>;
  readonly actors: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

/**
 * Untrusted scenes in, usable scenes out. A scene that does not parse, has a duplicate id
 * or an unreadable window is left out (error); a reference to an unknown event, actor or
 * source is dropped from the scene, which is kept (warning).
 */
export function validateScenes(raw: readonly unknown[], known: KnownIds, base = 'scenes'): { scenes: Scene[]; problems: Problem[] } {
  const scenes: Scene[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    const at = (suffix: string) => `${base}[${i}]${suffix}`;
    const r = sceneSchema.safeParse(item, { reportInput: true });
    if (!r.success) {
      problems.push(...r.error.issues.map((issue) => ({ path: at(pathSuffix(issue)), message: describeIssue(issue), severity: 'error' as const })));
      return;
    }
    let scene = r.data;
    if (seen.has(scene.id)) return void problems.push({ path: at('.id'), message: `duplicate scene id "${scene.id}"`, severity: 'error' });
    if (scene.window) {
      const from = instantOf(scene.window.from);
      const to = instantOf(scene.window.to);
      if (from === null) return void problems.push({ path: at('.window.from'), message: 'expected a single date', severity: 'error' });
      if (to === null) return void problems.push({ path: at('.window.to'), message: 'expected a single date', severity: 'error' });
      if (to <= from) return void problems.push({ path: at('.window.to'), message: '"to" must be after "from"', severity: 'error' });
    }
    if (scene.event !== undefined && !known.events.has(scene.event)) {
      problems.push({ path: at('.event'), message: `no event with id "${scene.event}"; the scene selects nothing`, severity: 'warning' });
      const { event: _dropped, ...rest } = scene;
      scene = { ...rest, evidence: 0 };
    }
    for (const facet of ['actors', 'sources'] as const) {
      const unknown = scene.filters[facet].filter((x) => !known[facet].has(x));
      if (unknown.length === 0) continue;
      problems.push({ path: at(`.filters.${facet}`), message: `unknown ${facet} left out: ${unknown.join(', ')}`, severity: 'warning' });
      scene = { ...scene, filters: { ...scene.filters, [facet]: scene.filters[facet].filter((x) => known[facet].has(x)) } };
    }
    seen.add(scene.id);
    scenes.push(scene);
  });
  return { scenes, problems };
}

function pathSuffix(issue: z.core.$ZodIssue): string {
  return issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
}
