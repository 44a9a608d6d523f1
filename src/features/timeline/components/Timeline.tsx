import type { LoadedDataset } from '../../../queries/datasetQuery';

// Placeholder until the canvas timeline lands.
export function Timeline({ visible }: { loaded: LoadedDataset; visible: Uint32Array }) {
  return <div role="application" aria-label="Timeline">{visible.length} events</div>;
}
