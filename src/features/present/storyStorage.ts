import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { DatasetIndex } from '../../domain/dataset';
import type { Problem } from '../../domain/parseDataset';
import { validateScenes, type Scene } from '../../domain/scenes';

/**
 * Story edits live in this browser's localStorage, one entry per dataset address
 * ("sourceline.story.v1:data/builtin.json"). The workspace (IndexedDB) has no place for
 * scenes yet; the dataset file itself is never written. Every window of the same origin
 * (the audience window, the console) reads the same entry and hears of changes through
 * the `storage` event. What is read back is validated like a dataset's scenes.
 */
const PREFIX = 'sourceline.story.v1:';
const listeners = new Set<() => void>();

function read(url: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + url) ?? null;
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
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

export function saveStory(url: string, scenes: readonly Scene[] | null): boolean {
  try {
    if (scenes === null) localStorage.removeItem(PREFIX + url);
    else localStorage.setItem(PREFIX + url, JSON.stringify({ scenes }));
    listeners.forEach((l) => l());
    return true;
  } catch {
    return false;
  }
}

export interface Story {
  readonly scenes: readonly Scene[];
  /** True when the scenes come from this browser's edits rather than the dataset. */
  readonly edited: boolean;
  readonly problems: readonly Problem[];
  save(scenes: readonly Scene[]): void;
  /** Back to the dataset's own scenes. */
  reset(): void;
}

/** The story of the dataset at `url`: this browser's edits if any, else the dataset's scenes. */
export function useStory(url: string, index: DatasetIndex | undefined, datasetScenes: readonly Scene[] | undefined): Story {
  const raw = useSyncExternalStore(subscribe, () => read(url), () => null);
  const parsed = useMemo(() => {
    if (raw === null || !index) return null;
    try {
      const body = JSON.parse(raw) as { scenes?: unknown };
      if (!Array.isArray(body.scenes)) return null;
      return validateScenes(body.scenes, {
        events: new Set(index.eventById.keys()),
        actors: new Set(index.actorById.keys()),
        sources: new Set(index.sourceById.keys()),
      }, 'saved story scenes');
    } catch {
      return null;
    }
  }, [raw, index]);
  const save = useCallback((scenes: readonly Scene[]) => void saveStory(url, scenes), [url]);
  const reset = useCallback(() => void saveStory(url, null), [url]);
  return {
    scenes: parsed?.scenes ?? datasetScenes ?? [],
    edited: parsed !== null,
    problems: parsed?.problems ?? [],
    save,
    reset,
  };
}
