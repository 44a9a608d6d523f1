import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErrorBoundary } from './ErrorBoundary';
import { Dashboard } from './Dashboard';
import { useThemeClass } from './useThemeClass';
import { startWorkspaceSync } from './workspaceSync';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});
startWorkspaceSync(queryClient);

export function App() {
  useThemeClass();
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <Dashboard />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
