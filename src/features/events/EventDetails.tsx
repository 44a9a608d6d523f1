import type { LoadedDataset } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';

// Placeholder until the details panel lands.
export function EventDetails({ loaded }: { loaded: LoadedDataset }) {
  const id = useAppStore((s) => s.selectedEventId);
  const event = id ? loaded.index.eventById.get(id) : undefined;
  return <div>{event ? event.title : 'No event selected'}</div>;
}
