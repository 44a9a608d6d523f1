import { useQuery } from '@tanstack/react-query';
import { BUILTIN_DATASET_URL, datasetQueries } from '../../queries/datasetQuery';
import { useDatasetQuery } from '../../queries/useDataset';
import { useAppStore } from '../../stores/store';
import { useStory } from './storyStorage';

/**
 * What presenter mode and the console show: the dataset as the analyst sees it (the base
 * with the workspace laid over it) and the story — this browser's edits, or the scenes
 * of the dataset file itself.
 */
export function usePresentData() {
  const dataUrl = useAppStore((s) => s.dataUrl);
  const url = dataUrl ?? BUILTIN_DATASET_URL;
  const view = useDatasetQuery();
  // The composed view is rebuilt from the file's events; the scenes are read from the file.
  const base = useQuery(datasetQueries.byUrl(url));
  const story = useStory(url, view.data?.index, base.data?.index.dataset.scenes);
  return { dataUrl, url, view, base, story };
}
