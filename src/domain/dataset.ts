import type { ActorRecord, EventRecord, SceneRecord, SourceRecord } from './schema';
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
  /** Sorted by extent.reference, then end, then id (sortEventsByTime): the order ←/→ walk. */
  readonly events: readonly TimelineEvent[];
  /** The story: scenes in presentation order (absent in datasets built in code). */
  readonly scenes?: readonly SceneRecord[];
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

/**
 * The events in time order — by reference time, then end, then id — sorted through flat
 * arrays of their keys: at 100,000 events, comparing the event objects themselves (of
 * many shapes) takes ~0.8 s.
 */
export function sortEventsByTime(events: readonly TimelineEvent[]): TimelineEvent[] {
  const n = events.length;
  const reference = new Float64Array(n);
  const end = new Float64Array(n);
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    reference[i] = e.extent.reference;
    end[i] = e.extent.end;
    ids[i] = e.id;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const sorted = Array.from(order).sort((i, j) => reference[i]! - reference[j]! || end[i]! - end[j]! || compareIds(ids[i]!, ids[j]!));
  return sorted.map((i) => events[i]!);
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The time order of sortEventsByTime, for two events. */
export function compareEventsByTime(a: TimelineEvent, b: TimelineEvent): number {
  return a.extent.reference - b.extent.reference || a.extent.end - b.extent.end || compareIds(a.id, b.id);
}

/** Two lists already in time order, as one: linear, so a few changed events join a large dataset cheaply. */
export function mergeEventsByTime(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  if (b.length === 0) return a.slice();
  const out: TimelineEvent[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareEventsByTime(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

export function actorName(index: DatasetIndex, actorId: string): string {
  return index.actorById.get(actorId)?.name ?? actorId;
}
