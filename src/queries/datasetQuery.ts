import { queryOptions } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/dataset';
import { indexDataset } from '../domain/dataset';
import { parseDataset, type Problem } from '../domain/parseDataset';
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

/**
 * Why a fetch failed, in words. The browser says only "Failed to fetch" both when a
 * server is down and when another site's server does not allow this page to read the
 * file (CORS); the second is the usual case for a shared link, so it is named.
 */
export function unreachableMessage(url: string, reason: string, pageHref?: string): string {
  let crossOrigin = false;
  try {
    crossOrigin = pageHref !== undefined && new URL(url, pageHref).origin !== new URL(pageHref).origin;
  } catch {
    // An address that cannot be parsed is reported as it is.
  }
  return crossOrigin
    ? `Could not read ${url}: it is on another site, and that site's server either did not answer or does not allow other sites to read the file (it must send the header Access-Control-Allow-Origin). Download the file and import it instead. (${reason})`
    : `Could not reach ${url}: ${reason}`;
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
