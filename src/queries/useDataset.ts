import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { filterEvents } from '../domain/search';
import { useAppStore } from '../stores/store';
import { BUILTIN_DATASET_URL, type LoadedDataset } from './datasetQuery';
import { workspaceQueries } from './workspaceQueries';

/**
 * The dataset the view shows: the base (?data= when given, the built-in article
 * otherwise) with the analyst's workspace — imported sources and accepted events —
 * laid over it.
 */
export function useDatasetQuery() {
  const dataUrl = useAppStore((s) => s.dataUrl);
  return useQuery(workspaceQueries.view(dataUrl ?? BUILTIN_DATASET_URL));
}

/** Indices into dataset.events that pass the current search and filters, in time order. */
export function useFilteredEvents(loaded: LoadedDataset): Uint32Array {
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => filterEvents(loaded.index, loaded.searchText, filters), [loaded, filters]);
}
