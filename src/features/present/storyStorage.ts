import { useQuery } from '@tanstack/react-query';
import type { LabelKey } from '../../workspace/commands/labels';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DatasetIndex } from '../../domain/dataset';
import type { Problem } from '../../domain/parseDataset';
import { validateScenes, type Scene } from '../../domain/scenes';
import { datasetKeyFor, workspaceQueries } from '../../queries/workspaceQueries';
import { defaultWorkspace } from '../../workspace';

/**
 * The story of a dataset as the analyst edits it, kept in the workspace (IndexedDB) under
 * the dataset's identity: every edit is a command, undone with Ctrl+Z like any other, and
 * every window of the profile (the audience window, the console) hears of it. Stories
 * saved by earlier versions in localStorage ("sourceline.story.v1:<address>") are moved
 * into the workspace the first time they are read, so nothing users saved is lost; when
 * the workspace cannot be opened, localStorage is still used. What is read back is
 * validated like a dataset's scenes.
 */
const PREFIX = 'sourceline.story.v1:';
const listeners = new Set<() => void>();

function readLegacy(url: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + url) ?? null;
  } catch {
    return null;
  }
}

function subscribeLegacy(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function writeLegacy(url: string, scenes: readonly Scene[] | null): void {
  try {
    if (scenes === null) localStorage.removeItem(PREFIX + url);
    else localStorage.setItem(PREFIX + url, JSON.stringify({ scenes }));
    listeners.forEach((l) => l());
  } catch {
    // Storage blocked too: the edit lives until the page is closed.
  }
}

function legacyScenes(raw: string | null): unknown[] | null {
  if (raw === null) return null;
  try {
    const body = JSON.parse(raw) as { scenes?: unknown };
    return Array.isArray(body.scenes) ? body.scenes : null;
  } catch {
    return null;
  }
}

export interface Story {
  readonly scenes: readonly Scene[];
  /** True when the scenes are the analyst's edits rather than the dataset's own. */
  readonly edited: boolean;
  readonly problems: readonly Problem[];
  /** Why the last edit was refused (e.g. changed in another window meanwhile), or null. */
  readonly error: string | null;
  /** False until the workspace has said whether there is an edited story (never show the wrong one first). */
  readonly ready: boolean;
  /**
   * Applies an edit to the story as it is when the edit is written (not as this render saw
   * it), so quick successive edits — a caption, then its notes — never undo each other.
   */
  update(change: (scenes: readonly Scene[]) => readonly Scene[], label: LabelKey): void;
  /** Back to the dataset's own scenes. */
  reset(): void;
}

/** The story of the dataset at `url`: the analyst's edits if any, else the dataset's scenes. */
export function useStory(url: string, index: DatasetIndex | undefined, datasetScenes: readonly Scene[] | undefined): Story {
  const datasetKey = datasetKeyFor(url);
  const stored = useQuery({ ...workspaceQueries.story(datasetKey), retry: false });
  const legacy = useSyncExternalStore(subscribeLegacy, () => readLegacy(url), () => null);
  const [error, setError] = useState<string | null>(null);
  const usable = !stored.isError;

  // A story saved by an earlier version moves into the workspace once, then leaves localStorage.
  useEffect(() => {
    const scenes = legacyScenes(legacy);
    if (!usable || !stored.isSuccess || !scenes) return;
    if (stored.data !== null) return void writeLegacy(url, null);
    void defaultWorkspace()
      .then((ws) => ws.saveStory(datasetKey, 0, scenes as Scene[], { key: 'keepStory', params: {} }))
      .then((r) => {
        // Saved, or another window moved it first: either way the workspace has it now.
        if (r.ok || r.reason === 'conflict') writeLegacy(url, null);
      });
  }, [legacy, usable, stored.isSuccess, stored.data, datasetKey, url]);

  const known = useMemo(
    () => (index ? { events: new Set(index.eventById.keys()), actors: new Set(index.actorById.keys()), sources: new Set(index.sourceById.keys()) } : null),
    [index],
  );
  const raw = usable ? (stored.data?.scenes ?? null) : legacyScenes(legacy);
  const parsed = useMemo(() => (raw === null || !known ? null : validateScenes(raw, known, 'saved story scenes')), [raw, known]);

  // Edits are written one after another, each applied to the story as it is then.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latestDatasetScenes = useRef(datasetScenes);
  useEffect(() => {
    latestDatasetScenes.current = datasetScenes;
  }, [datasetScenes]);
  const write = useCallback((change: (scenes: readonly Scene[]) => readonly Scene[] | null, label: LabelKey) => {
    const current = (rawScenes: readonly unknown[] | null) =>
      rawScenes === null || !known ? (latestDatasetScenes.current ?? []) : validateScenes(rawScenes, known, 'saved story scenes').scenes;
    if (!usable) {
      const next = change(current(legacyScenes(readLegacy(url))));
      return writeLegacy(url, next);
    }
    queue.current = queue.current.then(async () => {
      const ws = await defaultWorkspace();
      const before = await ws.getStory(datasetKey);
      const next = change(current(before?.scenes ?? null));
      const r = next === null
        ? before ? await ws.revertStory(datasetKey, before.rev) : { ok: true as const, value: null }
        : await ws.saveStory(datasetKey, before?.rev ?? 0, next, label);
      setError(r.ok ? null : r.message);
    });
  }, [usable, url, datasetKey, known]);
  const update = useCallback((change: (scenes: readonly Scene[]) => readonly Scene[], label: LabelKey) => write(change, label), [write]);
  const reset = useCallback(() => write(() => null, { key: 'revertStory', params: {} }), [write]);

  return {
    scenes: parsed?.scenes ?? datasetScenes ?? [],
    edited: parsed !== null,
    problems: parsed?.problems ?? [],
    error,
    ready: !stored.isPending,
    update,
    reset,
  };
}
