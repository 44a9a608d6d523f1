import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from '../stores/store';
import { startUrlSync } from '../stores/urlSync';
import { parseUrlState } from '../stores/urlState';
import { routeOf } from '../features/present/model/route';
import { BUILTIN_DATASET_URL, datasetQueries } from '../queries/datasetQuery';
import { queryClient } from './queryClient';
import './theme.css';
// Before the first render: the interface language (and <html lang>) is known from the start.
import '../i18n/i18n';

// The URL is read before the first render so that a deep link never flashes the default view.
// Presenter mode and its console keep their own address (present, scene, console) and only
// read the dataset from it; the analyst view mirrors its whole view state.
if (routeOf(window.location.search).page === 'dashboard') startUrlSync(useAppStore);
else useAppStore.setState({ dataUrl: parseUrlState(window.location.search).state.data });

// Start downloading the dataset now, while React mounts; the view's query picks up the same request.
void queryClient.prefetchQuery(datasetQueries.byUrl(useAppStore.getState().dataUrl ?? BUILTIN_DATASET_URL));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
