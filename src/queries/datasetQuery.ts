import { queryOptions } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/dataset';
import { indexDataset } from '../domain/dataset';
import { parseDataset, type Problem } from '../domain/parseDataset';
import { lazySearchText } from '../domain/search';

/** Where the built-in dataset is served from (public/data/builtin.json). */
export const BUILTIN_DATASET_URL = 'data/builtin.json';

export interface LoadedDataset {
  readonly url: string;
  readonly index: DatasetIndex;
  /** Normalised search text per event, in dataset.events order; built on the first search. */
  readonly searchText: () => readonly string[];
  /** What was left out or repaired while reading: shown to the user, never dropped silently. */
  readonly problems: readonly Problem[];
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
    throw new DatasetLoadError(`Could not reach ${url}: ${(e as Error).message}`, url);
  }
  if (!response.ok) throw new DatasetLoadError(`Loading ${url} failed: HTTP ${response.status} ${response.statusText}`.trim(), url);
  let json: unknown;
  try {
    // One step from bytes to objects: faster on large files than text() then JSON.parse.
    json = await response.json();
  } catch (e) {
    throw new DatasetLoadError(`${url} is not valid JSON: ${(e as Error).message}`, url);
  }
  const { value, problems } = parseDataset(json);
  if (!value) throw new DatasetLoadError(`${url} is not a usable Sourceline dataset`, url, problems);
  const index = indexDataset(value);
  return { url, index, searchText: lazySearchText(index), problems };
}

export const datasetQueries = {
  all: () => ['dataset'] as const,
  byUrl: (url: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), url] as const,
      queryFn: ({ signal }) => fetchDataset(url, signal),
      staleTime: Infinity,
      retry: (count, error) => !(error instanceof DatasetLoadError && error.problems.length > 0) && count < 1,
    }),
};
