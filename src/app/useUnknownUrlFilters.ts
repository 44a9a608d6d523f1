import { useEffect } from 'react';
import type { LoadedDataset } from '../queries/datasetQuery';
import { useAppStore } from '../stores/store';
import { dropUnknownFilterIds } from '../stores/unknownUrlFilters';

/**
 * Once a dataset is shown, actor and source filters it does not know are dropped and
 * named in the link notice. One store update sets both, so the URL sync replaces the
 * address rather than pushing a history entry (Back does not return to the bad link).
 */
export function useUnknownUrlFilters(loaded: LoadedDataset): void {
  useEffect(() => {
    const { filters, urlProblems } = useAppStore.getState();
    const checked = dropUnknownFilterIds(filters, loaded.index);
    if (checked.problems.length === 0) return;
    useAppStore.setState({ filters: checked.filters, urlProblems: [...urlProblems, ...checked.problems] });
  }, [loaded]);
}
