import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { indexDataset, type DatasetIndex } from '../domain/dataset';
import type { Problem } from '../domain/parseDataset';
import { lazySearchText } from '../domain/search';
import { isEmptySnapshot } from '../workspace/compose';
import { composeView, createComposeCache, type ComposeCache, type ComposedView } from '../workspace/composeView';
import { overlayId } from '../workspace/commands/overlays';
import { withinWorkspaceTimeout } from '../workspace/openWithin';
import { unreadableSources } from '../workspace/unreadableSources';
import { BUILTIN_DATASET_KEY, defaultWorkspace, type Workspace } from '../workspace/workspace';
import { BUILTIN_DATASET_URL, DatasetLoadError, datasetQueries, type LoadedDataset } from './datasetQuery';

/** The workspace events already parsed, per base dataset: a review decision parses one event. */
const composeCaches = new WeakMap<DatasetIndex, ComposeCache>();
function composeCacheFor(base: DatasetIndex): ComposeCache {
  let cache = composeCaches.get(base);
  if (!cache) composeCaches.set(base, (cache = createComposeCache()));
  return cache;
}

/**
 * TanStack Query factories for the workspace (src/workspace). Keys are hierarchical
 * under ['workspace'], so one `invalidateQueries({queryKey: ['workspace']})` refreshes
 * everything that reads it; `syncWorkspaceQueries` does that on every change, in this
 * tab or another. Each factory takes the workspace handle, the app's shared one by
 * default.
 */

type Handle = Workspace | Promise<Workspace>;
// Bounded: a stuck IndexedDB ends in an error after WORKSPACE_TIMEOUT_MS, never in a query that waits for ever.
const handle = (ws?: Handle) => withinWorkspaceTimeout(ws ?? defaultWorkspace());

export const workspaceQueries = {
  all: () => ['workspace'] as const,
  sources: (ws?: Handle) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'sources'] as const,
      queryFn: async () => (await handle(ws)).listSources(),
    }),
  source: (sourceId: string, ws?: Handle) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'sources', sourceId] as const,
      queryFn: async () => (await handle(ws)).getSource(sourceId),
    }),
  /** A source's events in every review state, in text order: the review panel's list. */
  events: (sourceId: string, ws?: Handle) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'sources', sourceId, 'events'] as const,
      queryFn: async () => (await handle(ws)).listEvents(sourceId),
    }),
  /**
   * Who owns an event and at which revision a form opens on it: a workspace event
   * (imported, accepted, hand-made), or an event of the open dataset with the analyst's
   * overlay (null when unchanged).
   */
  eventOwner: (datasetKey: string, eventId: string, ws?: Handle) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'owner', datasetKey, eventId] as const,
      queryFn: async () => {
        const w = await handle(ws);
        const stored = await w.getEvent(eventId);
        if (stored) return { owner: 'workspace' as const, stored, overlay: null };
        return { owner: 'dataset' as const, stored: null, overlay: await w.getOverlay(overlayId(datasetKey, eventId)) };
      },
    }),
  /** The labels of what Undo and Redo would do now. */
  history: (ws?: Handle) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'history'] as const,
      queryFn: async () => (await handle(ws)).historyState(),
    }),
  actor: (actorId: string, ws?: Handle) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'actors', actorId] as const,
      queryFn: async () => (await handle(ws)).getActor(actorId),
    }),
  story: (datasetKey: string, ws?: Handle) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'stories', datasetKey] as const,
      queryFn: async () => (await handle(ws)).getStory(datasetKey),
    }),
  /** The workspace alone as a dataset file (accepted events only). */
  dataset: (ws?: Handle) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'dataset'] as const,
      queryFn: async () => (await handle(ws)).workspaceDataset(),
    }),
  /**
   * What the dashboard shows: the dataset at `baseUrl` (the built-in one) with the
   * workspace laid over it, in the same shape as `datasetQueries.byUrl`. When the
   * workspace cannot be opened, or does not answer within `timeoutMs` (WORKSPACE_TIMEOUT_MS
   * by default), the base is shown alone, with a warning in `problems`.
   */
  view: (baseUrl: string, ws?: Handle, timeoutMs?: number) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'view', baseUrl] as const,
      queryFn: async ({ client }): Promise<LoadedDataset> => {
        const base = await client.ensureQueryData(datasetQueries.byUrl(baseUrl));
        let composed: ComposedView;
        let snapshot;
        try {
          // The open and the read are bounded together: either can hang when storage is stuck.
          snapshot = await withinWorkspaceTimeout(
            (async () => (await (ws ?? defaultWorkspace())).snapshot())(),
            timeoutMs,
          );
          // An empty workspace adds nothing: show the base as it is rather than parse it twice.
          if (isEmptySnapshot(snapshot)) return base;
          composed = composeView(base.index, snapshot, datasetKeyFor(baseUrl), composeCacheFor(base.index));
        } catch (e) {
          const problem: Problem = {
            path: WORKSPACE_PROBLEM_PATH, severity: 'warning',
            message: `The workspace could not be read, so imported sources are not shown: ${(e as Error).message}`,
          };
          return { ...base, problems: [...base.problems, problem] };
        }
        const index = indexDataset(composed.dataset);
        const unreadable = unreadableSources(composed.rejected, snapshot);
        return {
          url: baseUrl, index, searchText: lazySearchText(index), problems: [...base.problems, ...composed.problems],
          ...(unreadable.length ? { unreadableSources: unreadable } : {}),
        };
      },
      staleTime: Infinity,
      // A base that cannot be read says why at once; only a passing failure is worth a second try.
      retry: (count, error) => !(error instanceof DatasetLoadError) && count < 1,
    }),
};

/** A dataset's identity in the workspace: overlays and stories are kept under it. */
export function datasetKeyFor(url: string): string {
  return url === BUILTIN_DATASET_URL ? BUILTIN_DATASET_KEY : url;
}

/** The problem `view` adds when IndexedDB cannot be used: the page shows it as its own notice. */
export const WORKSPACE_PROBLEM_PATH = '(workspace)';

/** Splits a view's problems into the workspace notice (if any) and the dataset's own. */
export function workspaceNotice(problems: readonly Problem[]): { notice: Problem | null; rest: readonly Problem[] } {
  const notice = problems.find((p) => p.path === WORKSPACE_PROBLEM_PATH) ?? null;
  return { notice, rest: notice ? problems.filter((p) => p !== notice) : problems };
}

/**
 * Keeps the cache in step with the workspace: every change, made here or in another
 * tab, invalidates ['workspace']. Call once at start-up; returns the unsubscribe function.
 */
export function syncWorkspaceQueries(ws: Workspace, queryClient: QueryClient): () => void {
  return ws.subscribe(() => void queryClient.invalidateQueries({ queryKey: workspaceQueries.all() }));
}
