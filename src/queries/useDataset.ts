import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { filterEvents } from '../domain/search';
import { useAppStore } from '../stores/store';
import { BUILTIN_DATASET_URL, datasetQueries, type LoadedDataset } from './datasetQuery';

/** The dataset the view shows: ?data= when given, the built-in article otherwise. */
export function useDatasetQuery() {
  const dataUrl = useAppStore((s) => s.dataUrl);
  return useQuery(datasetQueries.byUrl(dataUrl ?? BUILTIN_DATASET_URL));
}

/** Indices into dataset.events that pass the current search and filters, in time order. */
export function useFilteredEvents(loaded: LoadedDataset): Uint32Array {
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => filterEvents(loaded.index, loaded.searchText, filters), [loaded, filters]);
}
