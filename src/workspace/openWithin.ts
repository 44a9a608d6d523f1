import { defaultWorkspace, WorkspaceUnavailableError, type Workspace } from './workspace';

/**
 * A bound on waiting for IndexedDB. Opening it takes milliseconds; an open that does not
 * answer at all means another tab is holding a version upgrade (or the browser's storage
 * is stuck), and `indexedDB.open` has no timeout of its own. The page must not wait for
 * the workspace without end: after this long it goes on without it, and the view shows
 * the dataset with the usual "imports cannot be kept" notice.
 */
export const WORKSPACE_TIMEOUT_MS = 5_000;

/** `pending`, or a WorkspaceUnavailableError once `ms` have passed without an answer. */
export function withinWorkspaceTimeout<T>(pending: T | Promise<T>, ms: number = WORKSPACE_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WorkspaceUnavailableError(`The browser's storage did not answer within ${ms / 1000} seconds (another tab may be updating it).`)),
      ms,
    );
  });
  return Promise.race([Promise.resolve(pending), timeout]).finally(() => clearTimeout(timer));
}

/**
 * The app's shared workspace handle, or a WorkspaceUnavailableError after the timeout.
 * The open itself is not abandoned: when it answers late, later calls get the handle.
 */
export function defaultWorkspaceWithin(ms: number = WORKSPACE_TIMEOUT_MS): Promise<Workspace> {
  return withinWorkspaceTimeout(defaultWorkspace(), ms);
}
