import type { QueryClient } from '@tanstack/react-query';
import { syncWorkspaceQueries } from '../queries/workspaceQueries';
import { defaultWorkspace } from '../workspace/workspace';

/**
 * Keeps the query cache in step with the workspace (this tab's writes and other tabs'),
 * once for the app's lifetime. When IndexedDB cannot be opened there is nothing to
 * follow: the view query reports that itself, as a notice, and shows the base dataset.
 */
let started = false;

export function startWorkspaceSync(queryClient: QueryClient): void {
  if (started) return;
  started = true;
  defaultWorkspace().then(
    (ws) => void syncWorkspaceQueries(ws, queryClient),
    () => undefined,
  );
}
