import type { Dataset } from './dataset';
import { DATASET_FORMAT, DATASET_VERSION, type DatasetInput } from './schema';

/** A parsed dataset back in the file format: the inverse of parseDataset (EDTF text for `when`). */
export function datasetToInput(dataset: Dataset): DatasetInput {
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    ...(dataset.title !== undefined ? { title: dataset.title } : {}),
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    sources: [...dataset.sources],
    actors: [...dataset.actors],
    events: dataset.events.map(({ when: _when, extent: _extent, edtf, ...rest }) => ({ ...rest, when: edtf })),
    ...(dataset.scenes !== undefined ? { scenes: [...dataset.scenes] } : {}),
  };
}
