import type { LoadedDataset } from '../../queries/datasetQuery';

// Placeholder until the reader lands.
export function SourceReader({ loaded }: { loaded: LoadedDataset }) {
  const source = loaded.index.dataset.sources[0];
  return <article>{source?.text}</article>;
}
