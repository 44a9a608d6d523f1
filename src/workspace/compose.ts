// The alias table only: importing the extractor's index would pull chrono-node into the main bundle.
import { ACTORS } from '../extract/actors';
import { DATASET_FORMAT, DATASET_VERSION, type ActorRecord, type DatasetInput, type EventRecord } from '../domain/schema';
import { withEvidence } from './review';
import type { StoredAddition, StoredEvent, StoredSource } from './types';

/**
 * The workspace as a dataset, and the app's view: the built-in dataset with the
 * workspace laid over it. Pure; the built-in data is copied, never changed.
 */

export interface WorkspaceSnapshot {
  readonly sources: readonly StoredSource[];
  readonly events: readonly StoredEvent[];
  readonly additions: readonly StoredAddition[];
}

/** Accepted events only: nothing unreviewed reaches the timeline by accident. */
export function workspaceDatasetOf(snapshot: WorkspaceSnapshot): DatasetInput {
  const shown = snapshot.events.filter((e) => e.state === 'accepted');
  const ids = new Set(shown.map((e) => e.id));
  const events: EventRecord[] = shown.map((e) => ({
    ...e.record,
    // A relation to a candidate that was rejected or is still under review would dangle.
    relations: e.record.relations.filter((r) => ids.has(r.target)),
  }));
  const actorIds = new Set(events.flatMap((e) => e.actors));
  const actors: ActorRecord[] = ACTORS.filter((a) => actorIds.has(a.id)).map((a) => ({ id: a.id, name: a.name, aliases: [...a.aliases] }));
  const known = new Set(actors.map((a) => a.id));
  for (const a of snapshot.sources.flatMap((s) => s.actors ?? [])) {
    if (actorIds.has(a.id) && !known.has(a.id)) {
      known.add(a.id);
      actors.push({ ...a, aliases: [...a.aliases] });
    }
  }
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title: 'Workspace',
    sources: snapshot.sources.map((s) => s.source),
    actors,
    events,
  };
}

export { datasetToInput } from '../domain/serializeDataset';

/**
 * base ∪ workspace. Ids are the base's where they meet (a workspace id never shadows a
 * built-in one); evidence merged into base events is added to copies of them.
 */
export function composeDatasets(base: DatasetInput, snapshot: WorkspaceSnapshot): DatasetInput {
  const layer = workspaceDatasetOf(snapshot);
  const baseSources = new Set(base.sources.map((s) => (s as { id: string }).id));
  const baseActors = new Set((base.actors ?? []).map((a) => (a as { id: string }).id));
  const baseEvents = new Set(base.events.map((e) => (e as { id: string }).id));
  const additions = new Map(snapshot.additions.map((a) => [a.id, a.evidence]));
  const layerSources = new Set(layer.sources.map((s) => s.id));
  return {
    ...base,
    sources: [...base.sources, ...layer.sources.filter((s) => !baseSources.has(s.id))],
    actors: [...(base.actors ?? []), ...(layer.actors ?? []).filter((a) => !baseActors.has(a.id))],
    events: [
      ...base.events.map((e) => {
        const added = additions.get((e as { id: string }).id);
        if (!added) return e;
        // Evidence from a source that has since been removed is left out, not left dangling.
        const kept = added.filter((ev) => layerSources.has(ev.sourceId));
        return { ...e, evidence: withEvidence(e.evidence ?? [], kept) };
      }),
      ...layer.events.filter((e) => !baseEvents.has(e.id)),
    ],
  };
}
