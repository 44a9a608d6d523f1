import { lazy, Suspense } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './queryClient';
import { ErrorBoundary } from './ErrorBoundary';
import { Dashboard } from './Dashboard';
import { routeOf } from '../features/present/model/route';
import { useThemeClass } from './useThemeClass';
import { startWorkspaceSync } from './workspaceSync';
import { useTranslation } from 'react-i18next';

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

// Presenter mode and its console load on demand: the analyst view does not pay for them.
const Presenter = lazy(() => import('../features/present/components/Presenter').then((m) => ({ default: m.Presenter })));
const PresenterConsole = lazy(() =>
  import('../features/present/components/PresenterConsole').then((m) => ({ default: m.PresenterConsole })),
);

function Page() {
  const { t } = useTranslation();
  if (route.page === 'dashboard') return <Dashboard />;
  return (
    <Suspense fallback={<p role="status">{t('app.loadingPresenter')}</p>}>
      {route.page === 'present' ? <Presenter initialScene={route.scene} /> : <PresenterConsole />}
    </Suspense>
  );
}
