import type { QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../../domain/dataset';
import { eventToRecord } from '../../domain/serializeDataset';
import { BUILTIN_DATASET_URL, datasetQueries } from '../../queries/datasetQuery';
import { datasetKeyFor } from '../../queries/workspaceQueries';
import type { DatasetMergeOptions } from '../../workspace/commands/datasetMergeCommands';

/** What the analyst chooses before a dataset file comes in (see DatasetSummary). */
export interface MergeChoices {
  readonly conflicts: DatasetMergeOptions['conflicts'];
  readonly absent: DatasetMergeOptions['absent'];
  readonly takeStory: boolean;
}

/** How the file meets the open dataset: how many of its events the dataset already has, and of how many. */
export function overlapWith(file: Dataset, base: Dataset): { shared: number; baseEvents: number } {
  const ids = new Set(base.events.map((e) => e.id));
  return { shared: file.events.filter((e) => ids.has(e.id)).length, baseEvents: base.events.length };
}

/**
 * The defaults: a file that carries most of the open dataset's events is a version of this
 * chronology (exported from Sourceline, say) — what it leaves out was deleted, and its
 * story is the story; any other file adds to the chronology.
 */
export function defaultChoices(file: Dataset, base: Dataset): MergeChoices {
  const { shared, baseEvents } = overlapWith(file, base);
  const version = baseEvents > 0 && shared >= baseEvents / 2;
  return { conflicts: 'update', absent: version ? 'delete' : 'keep', takeStory: version || (file.scenes?.length ?? 0) > 0 };
}

/** The merge options for the dataset the view is built on (`?data=` or the built-in one). */
export async function mergeOptions(queryClient: QueryClient, dataUrl: string | null, choices: MergeChoices): Promise<DatasetMergeOptions> {
  const url = dataUrl ?? BUILTIN_DATASET_URL;
  const base = (await queryClient.ensureQueryData(datasetQueries.byUrl(url))).index;
  return {
    ...choices,
    datasetKey: datasetKeyFor(url),
    baseEvent: (id) => {
      const e = base.eventById.get(id);
      return e ? eventToRecord(e) : undefined;
    },
    baseSource: (id) => base.sourceById.get(id),
    baseActor: (id) => base.actorById.get(id),
    baseEventIds: base.eventById.keys(),
    baseScenes: base.dataset.scenes ?? [],
  };
}
