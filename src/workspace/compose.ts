// The alias table only: importing the extractor's index would pull chrono-node into the main bundle.
import { ACTORS } from '../extract/actors';
import { DATASET_FORMAT, DATASET_VERSION, type ActorRecord, type DatasetInput, type EventRecord } from '../domain/schema';
import { ANY_DATASET, overlaid } from './commands/overlays';
import type { StoredActor, StoredEvent, StoredOverlay, StoredSource, StoredStory } from './types';

/**
 * The workspace as a dataset, and the app's view: the built-in dataset with the
 * workspace laid over it. Pure; the built-in data is copied, never changed.
 */

export interface WorkspaceSnapshot {
  readonly sources: readonly StoredSource[];
  readonly events: readonly StoredEvent[];
  readonly overlays: readonly StoredOverlay[];
  readonly actors: readonly StoredActor[];
  readonly stories: readonly StoredStory[];
}

/** Whether the workspace changes nothing in what the base shows. */
export function isEmptySnapshot(s: WorkspaceSnapshot): boolean {
  return s.sources.length === 0 && s.events.length === 0 && s.overlays.length === 0 && s.actors.length === 0 && s.stories.length === 0;
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
  // The analyst's own actors, and their renames of known ones, win; merged ones are gone from the events.
  for (const w of snapshot.actors) {
    const at = actors.findIndex((a) => a.id === w.id);
    if (w.mergedInto) {
      if (at >= 0) actors.splice(at, 1);
      continue;
    }
    if (at >= 0) actors[at] = { ...w.actor, aliases: [...w.actor.aliases] };
    else actors.push({ ...w.actor, aliases: [...w.actor.aliases] });
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
 * base one); the analyst's overlays for this dataset (`datasetKey`) are laid over copies
 * of its events, and their story replaces the dataset's scenes.
 */
export function composeDatasets(base: DatasetInput, snapshot: WorkspaceSnapshot, datasetKey: string): DatasetInput {
  const layer = workspaceDatasetOf(snapshot);
  const baseSources = new Set(base.sources.map((s) => (s as { id: string }).id));
  const baseEvents = new Set(base.events.map((e) => (e as { id: string }).id));
  const overlays = new Map<string, StoredOverlay>();
  // An overlay of this dataset wins over one kept from before datasets had identities.
  for (const o of snapshot.overlays) if (o.datasetKey === ANY_DATASET) overlays.set(o.eventId, o);
  for (const o of snapshot.overlays) if (o.datasetKey === datasetKey) overlays.set(o.eventId, o);
  const known = new Set([...baseSources, ...layer.sources.map((s) => s.id)]);
  const layerActors = new Map((layer.actors ?? []).map((a) => [a.id, a]));
  const merged = new Map(snapshot.actors.filter((a) => a.mergedInto).map((a) => [a.id, a.mergedInto!]));
  const renamed = new Map(snapshot.actors.filter((a) => !a.mergedInto).map((a) => [a.id, a.actor]));
  const baseActors = (base.actors ?? []).flatMap((a) => {
    const id = (a as { id: string }).id;
    if (merged.has(id)) return [];
    return [renamed.get(id) ?? a];
  });
  const baseActorIds = new Set(baseActors.map((a) => (a as { id: string }).id));
  const story = snapshot.stories.find((s) => s.id === datasetKey);
  const events: EventRecord[] = [];
  for (const raw of base.events) {
    const e = raw as EventRecord;
    const overlay = overlays.get(e.id);
    let shown: EventRecord | null = overlay ? overlaid({ ...e, evidence: e.evidence ?? [], actors: e.actors ?? [] }, overlay) : e;
    if (!shown) continue;
    // Evidence from a source that has since been removed is left out, not left dangling.
    if (overlay) shown = { ...shown, evidence: shown.evidence.filter((ev) => known.has(ev.sourceId)) };
    if ((shown.actors ?? []).some((a) => merged.has(a))) shown = { ...shown, actors: [...new Set(shown.actors.map((a) => merged.get(a) ?? a))] };
    events.push(shown);
  }
  const actors = [...baseActors, ...[...layerActors.values()].filter((a) => !baseActorIds.has(a.id))] as ActorRecord[];
  // An analyst may give a dataset's event an actor of the extractor's alias table.
  const named = new Set(actors.map((a) => a.id));
  for (const id of new Set(events.flatMap((e) => e.actors ?? []))) {
    const known = named.has(id) ? undefined : ACTORS.find((a) => a.id === id);
    if (known) actors.push({ id: known.id, name: known.name, aliases: [...known.aliases] });
  }
  return {
    ...base,
    sources: [...base.sources, ...layer.sources.filter((s) => !baseSources.has(s.id))],
    actors,
    events: [...events, ...layer.events.filter((e) => !baseEvents.has(e.id))],
    ...(story ? { scenes: [...story.scenes] } : {}),
  };
}
