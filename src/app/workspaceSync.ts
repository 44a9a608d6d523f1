import type { QueryClient } from '@tanstack/react-query';
import { syncWorkspaceQueries, workspaceQueries } from '../queries/workspaceQueries';
import { WORKSPACE_TIMEOUT_MS } from '../workspace/openWithin';
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
  const startedAt = performance.now();
  defaultWorkspace().then(
    (ws) => {
      syncWorkspaceQueries(ws, queryClient);
      // Opened after the view gave up waiting for it: show the imports now.
      if (performance.now() - startedAt >= WORKSPACE_TIMEOUT_MS) void queryClient.invalidateQueries({ queryKey: workspaceQueries.all() });
    },
    () => undefined,
  );
}
