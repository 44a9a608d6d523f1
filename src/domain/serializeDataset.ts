import type { Dataset, TimelineEvent } from './dataset';
import { DATASET_FORMAT, DATASET_VERSION, type DatasetInput, type EventRecord } from './schema';

/** An event of the view back in the file format: EDTF text for `when`, no derived fields. */
export function eventToRecord({ when: _when, extent: _extent, edtf, ...rest }: TimelineEvent): EventRecord {
  return { ...rest, when: edtf } as EventRecord;
}

/** A parsed dataset back in the file format: the inverse of parseDataset (EDTF text for `when`). */
export function datasetToInput(dataset: Dataset): DatasetInput {
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    ...(dataset.title !== undefined ? { title: dataset.title } : {}),
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    sources: [...dataset.sources],
    actors: [...dataset.actors],
    events: dataset.events.map(eventToRecord),
    ...(dataset.scenes !== undefined ? { scenes: [...dataset.scenes] } : {}),
  };
}
