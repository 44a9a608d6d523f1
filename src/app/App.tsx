import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErrorBoundary } from './ErrorBoundary';
import { Dashboard } from './Dashboard';
import { Presenter } from '../features/present/components/Presenter';
import { PresenterConsole } from '../features/present/components/PresenterConsole';
import { routeOf } from '../features/present/model/route';
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
        <Page />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

/** ?present=1 is the audience window, ?console=1 the presenter console; anything else the analyst view. */
const route = routeOf(window.location.search);

function Page() {
  if (route.page === 'present') return <Presenter initialScene={route.scene} />;
  if (route.page === 'console') return <PresenterConsole />;
  return <Dashboard />;
}
