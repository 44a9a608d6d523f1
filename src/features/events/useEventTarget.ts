import { useQuery } from '@tanstack/react-query';
import type { TimelineEvent } from '../../domain/dataset';
import { eventToRecord } from '../../domain/serializeDataset';
import { BUILTIN_DATASET_URL } from '../../queries/datasetQuery';
import { datasetKeyFor, workspaceQueries } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import type { EventTarget } from '../../workspace';

/**
 * What a command on the shown event must name: the workspace event and its revision, or
 * the open dataset's event with its overlay's revision. Null while the workspace is read
 * or when it cannot be (then the event cannot be changed here).
 */
export function useEventTarget(event: TimelineEvent): { target: EventTarget; changedHere: boolean } | null {
  const dataUrl = useAppStore((s) => s.dataUrl);
  const datasetKey = datasetKeyFor(dataUrl ?? BUILTIN_DATASET_URL);
  const owner = useQuery(workspaceQueries.eventOwner(datasetKey, event.id));
  if (owner.isError || !owner.data) return null;
  if (owner.data.owner === 'workspace') return { target: { owner: 'workspace', eventId: event.id, expectedRev: owner.data.stored.rev }, changedHere: false };
  return {
    target: { owner: 'dataset', datasetKey, eventId: event.id, expectedRev: owner.data.overlay?.rev ?? 0, shown: eventToRecord(event) },
    changedHere: owner.data.overlay !== null,
  };
}
