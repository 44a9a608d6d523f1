import { queryOptions } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/dataset';
import { indexDataset } from '../domain/dataset';
import type { Problem } from '../domain/parseDataset';
import { unreachableMessage } from './unreachable';
import { loadDatasetInWorker, LoadFailure, type DatasetWorkerLike } from './datasetWorker/loadDatasetInWorker';
import { lazySearchText } from '../domain/search';
import type { UnreadableSource } from '../workspace/unreadableSources';

/** Where the built-in dataset is served from (public/data/builtin.json). */
export const BUILTIN_DATASET_URL = 'data/builtin.json';

export interface LoadedDataset {
  readonly url: string;
  readonly index: DatasetIndex;
  /** Normalised search text per event, in dataset.events order; built on the first search. */
  readonly searchText: () => readonly string[];
  /** What was left out or repaired while reading: shown to the user, never dropped silently. */
  readonly problems: readonly Problem[];
  /** Workspace sources whose data could not be read (see workspace/unreadableSources.ts): the page offers to remove them. */
  readonly unreadableSources?: readonly UnreadableSource[];
}

/** A load that produced nothing usable; `problems` says why and where. */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (e) {
    throw new DatasetLoadError(unreachableMessage(url, (e as Error).message, globalThis.location?.href), url);
  }
  if (!response.ok) throw new DatasetLoadError(`Loading ${url} failed: HTTP ${response.status} ${response.statusText}`.trim(), url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Loaded when used: in the browser the worker does this, and the readers stay out of the page's bundle.
  const { readDatasetBytes, unreadableMessage } = await import('../domain/readDatasetBytes');
  const outcome = readDatasetBytes(bytes);
  if (outcome.unreadable !== undefined) throw new DatasetLoadError(unreadableMessage(url, outcome.unreadable), url);
  const { value, problems } = outcome;
  if (!value) throw new DatasetLoadError(`${url} is not a usable Sourceline dataset`, url, problems);
  const index = indexDataset(value);
  return { url, index, searchText: lazySearchText(index), problems };
}

export { unreachableMessage } from './unreachable';

/**
 * The dataset, fetched, decoded and validated in a Web Worker so that even a large file
 * never holds the page (see datasetWorker/). Where there are no workers (unit tests in
 * Node), the same reading runs here.
 */
export async function loadDataset(url: string, signal?: AbortSignal, createWorker?: () => DatasetWorkerLike): Promise<LoadedDataset> {
  if (!createWorker && typeof Worker === 'undefined') return fetchDataset(url, signal);
  try {
    const { index, problems } = await loadDatasetInWorker(url, { ...(signal ? { signal } : {}), ...(createWorker ? { createWorker } : {}) });
    return { url, index, searchText: lazySearchText(index), problems };
  } catch (e) {
    if (e instanceof LoadFailure) throw new DatasetLoadError(e.message, url, e.problems);
    throw e;
  }
}

export const datasetQueries = {
  all: () => ['dataset'] as const,
  byUrl: (url: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), url] as const,
      queryFn: ({ signal }) => loadDataset(url, signal),
      staleTime: Infinity,
      retry: (count, error) => !(error instanceof DatasetLoadError && error.problems.length > 0) && count < 1,
    }),
};
