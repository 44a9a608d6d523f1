import type { LoadedDataset } from '../../queries/datasetQuery';

// Placeholder until the list lands.
export function EventList({ loaded, visible }: { loaded: LoadedDataset; visible: Uint32Array }) {
  return (
    <ul>
      {Array.from(visible.slice(0, 50), (i) => (
        <li key={i}>{loaded.index.dataset.events[i]!.title}</li>
      ))}
    </ul>
  );
}
