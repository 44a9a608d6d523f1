import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DatasetIndex } from '../../domain/dataset';
import type { Problem } from '../../domain/parseDataset';
import { validateScenes, type Scene } from '../../domain/scenes';
import { datasetKeyFor, workspaceQueries } from '../../queries/workspaceQueries';
import { defaultWorkspace, type Workspace, type WriteResult } from '../../workspace';

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
  save(scenes: readonly Scene[], label?: string): void;
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
      .then((ws) => ws.saveStory(datasetKey, 0, scenes as Scene[], 'keep the story saved in this browser'))
      .then((r) => {
        // Saved, or another window moved it first: either way the workspace has it now.
        if (r.ok || r.reason === 'conflict') writeLegacy(url, null);
      });
  }, [legacy, usable, stored.isSuccess, stored.data, datasetKey, url]);

  const raw = usable ? (stored.data?.scenes ?? null) : legacyScenes(legacy);
  const parsed = useMemo(() => {
    if (raw === null || !index) return null;
    return validateScenes(raw, {
      events: new Set(index.eventById.keys()),
      actors: new Set(index.actorById.keys()),
      sources: new Set(index.sourceById.keys()),
    }, 'saved story scenes');
  }, [raw, index]);

  const rev = stored.data?.rev ?? 0;
  // Edits made in quick succession (a caption, then its notes) are written one after the
  // other; each is checked against the revision the panel showed, or — when the record is
  // still what this window last wrote — against that write, so only another window's
  // change meanwhile is a conflict.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastWritten = useRef<string | null>(null);
  const write = useCallback((change: (ws: Workspace, expectedRev: number) => Promise<WriteResult<unknown>>, written: string | null) => {
    queue.current = queue.current.then(async () => {
      const ws = await defaultWorkspace();
      const current = await ws.getStory(datasetKey);
      const ours = lastWritten.current !== null && JSON.stringify(current?.scenes ?? null) === lastWritten.current;
      const r = await change(ws, ours ? (current?.rev ?? 0) : rev);
      if (r.ok) lastWritten.current = written;
      setError(r.ok ? null : r.message);
    });
  }, [datasetKey, rev]);
  const save = useCallback((scenes: readonly Scene[], label = 'edit the story') => {
    if (!usable) return writeLegacy(url, scenes);
    write((ws, expectedRev) => ws.saveStory(datasetKey, expectedRev, scenes, label), JSON.stringify(scenes));
  }, [usable, url, datasetKey, write]);
  const reset = useCallback(() => {
    if (!usable) return writeLegacy(url, null);
    write((ws, expectedRev) => ws.revertStory(datasetKey, expectedRev), 'null');
  }, [usable, url, datasetKey, write]);

  return {
    scenes: parsed?.scenes ?? datasetScenes ?? [],
    edited: parsed !== null,
    problems: parsed?.problems ?? [],
    error,
    ready: !stored.isPending,
    save,
    reset,
  };
}
