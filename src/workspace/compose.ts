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
  // A relation to a candidate that was rejected or is still under review would dangle.
  const events: EventRecord[] = shown.map((e) =>
    e.record.relations.every((r) => ids.has(r.target)) ? e.record : { ...e.record, relations: e.record.relations.filter((r) => ids.has(r.target)) });
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
 * What the workspace changes in a dataset (`datasetKey`): its own accepted events and
 * sources (`layer`), the analyst's overlays of the dataset's events, actor merges and
 * renames, and the story that replaces the dataset's scenes. Shared by the file-level
 * composition below and the view's incremental one (composeView.ts), so both agree.
 */
export interface LayerPlan {
  readonly layer: ReturnType<typeof workspaceDatasetOf>;
  readonly overlays: ReadonlyMap<string, StoredOverlay>;
  /** Actor id → the actor it was merged into. */
  readonly merged: ReadonlyMap<string, string>;
  readonly renamed: ReadonlyMap<string, ActorRecord>;
  readonly story: StoredStory | undefined;
}

export function layerPlan(snapshot: WorkspaceSnapshot, datasetKey: string): LayerPlan {
  const overlays = new Map<string, StoredOverlay>();
  // An overlay of this dataset wins over one kept from before datasets had identities.
  for (const o of snapshot.overlays) if (o.datasetKey === ANY_DATASET) overlays.set(o.eventId, o);
  for (const o of snapshot.overlays) if (o.datasetKey === datasetKey) overlays.set(o.eventId, o);
  return {
    layer: workspaceDatasetOf(snapshot),
    overlays,
    merged: new Map(snapshot.actors.filter((a) => a.mergedInto).map((a) => [a.id, a.mergedInto!])),
    renamed: new Map(snapshot.actors.filter((a) => !a.mergedInto).map((a) => [a.id, a.actor])),
    story: snapshot.stories.find((s) => s.id === datasetKey),
  };
}

/**
 * A dataset's event as the analyst left it: the event itself when nothing touches it,
 * a changed copy, or null when deleted. Evidence from a source that has since been
 * removed is left out, not left dangling.
 */
export function shownBaseEvent(e: EventRecord, plan: LayerPlan, knownSources: { has(id: string): boolean }): EventRecord | null {
  const overlay = plan.overlays.get(e.id);
  let shown: EventRecord | null = overlay ? overlaid({ ...e, evidence: e.evidence ?? [], actors: e.actors ?? [] }, overlay) : e;
  if (!shown) return null;
  if (overlay) shown = { ...shown, evidence: shown.evidence.filter((ev) => knownSources.has(ev.sourceId)) };
  if ((shown.actors ?? []).some((a) => plan.merged.has(a))) shown = { ...shown, actors: [...new Set(shown.actors.map((a) => plan.merged.get(a) ?? a))] };
  return shown;
}

/**
 * The actors of base ∪ workspace: the dataset's (renamed, merged ones gone), then the
 * workspace's, then those of the extractor's alias table that `eventActorIds` name (an
 * analyst may give a dataset's event an actor of the alias table).
 */
export function composedActors(baseActors: readonly unknown[], plan: LayerPlan, eventActorIds: Iterable<string>): ActorRecord[] {
  const layerActors = new Map((plan.layer.actors ?? []).map((a) => [a.id, a]));
  const kept = baseActors.flatMap((a) => {
    const id = (a as { id: string }).id;
    if (plan.merged.has(id)) return [];
    return [plan.renamed.get(id) ?? a];
  });
  const keptIds = new Set(kept.map((a) => (a as { id: string }).id));
  const actors = [...kept, ...[...layerActors.values()].filter((a) => !keptIds.has(a.id))] as ActorRecord[];
  const named = new Set(actors.map((a) => a.id));
  for (const id of new Set(eventActorIds)) {
    const known = named.has(id) ? undefined : ACTORS.find((a) => a.id === id);
    if (known) {
      named.add(id);
      actors.push({ id: known.id, name: known.name, aliases: [...known.aliases] });
    }
  }
  return actors;
}

/**
 * base ∪ workspace, as a file. Ids are the base's where they meet (a workspace id never
 * shadows a base one); the analyst's overlays for this dataset (`datasetKey`) are laid
 * over copies of its events, and their story replaces the dataset's scenes.
 */
export function composeDatasets(base: DatasetInput, snapshot: WorkspaceSnapshot, datasetKey: string): DatasetInput {
  const plan = layerPlan(snapshot, datasetKey);
  const { layer } = plan;
  const baseSources = new Set(base.sources.map((s) => (s as { id: string }).id));
  const baseEvents = new Set(base.events.map((e) => (e as { id: string }).id));
  const known = new Set([...baseSources, ...layer.sources.map((s) => s.id)]);
  const events: EventRecord[] = [];
  for (const raw of base.events) {
    const shown = shownBaseEvent(raw as EventRecord, plan, known);
    if (shown) events.push(shown);
  }
  return {
    ...base,
    sources: [...base.sources, ...layer.sources.filter((s) => !baseSources.has(s.id))],
    actors: composedActors(base.actors ?? [], plan, events.flatMap((e) => e.actors ?? [])),
    events: [...events, ...layer.events.filter((e) => !baseEvents.has(e.id))],
    ...(plan.story ? { scenes: [...plan.story.scenes] } : {}),
  };
}
