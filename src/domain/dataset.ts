import type { ActorRecord, EventRecord, SourceRecord } from './schema';
import type { When, WhenExtent } from './when';

/** An event as the app uses it: the stored record plus its parsed When and where it sits in time. */
export interface TimelineEvent extends Omit<EventRecord, 'when'> {
  readonly when: When;
  /** The EDTF text as stored. */
  readonly edtf: string;
  readonly extent: WhenExtent;
}

export interface Dataset {
  readonly title?: string;
  readonly description?: string;
  readonly sources: readonly SourceRecord[];
  readonly actors: readonly ActorRecord[];
  /** Sorted by extent.reference, then id: the order ←/→ walk. */
  readonly events: readonly TimelineEvent[];
}

export type Source = SourceRecord;
export type Actor = ActorRecord;

/** Look-ups built once per dataset. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly eventIndexById: ReadonlyMap<string, number>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly actorById: ReadonlyMap<string, Actor>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const eventById = new Map<string, TimelineEvent>();
  const eventIndexById = new Map<string, number>();
  dataset.events.forEach((e, i) => {
    eventById.set(e.id, e);
    eventIndexById.set(e.id, i);
  });
  return {
    dataset,
    eventById,
    eventIndexById,
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
  };
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.extent.reference - b.extent.reference || a.extent.end - b.extent.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function actorName(index: DatasetIndex, actorId: string): string {
  return index.actorById.get(actorId)?.name ?? actorId;
}
