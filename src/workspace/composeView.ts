import type { Dataset, DatasetIndex, TimelineEvent } from '../domain/dataset';
import { mergeEventsByTime, sortEventsByTime } from '../domain/dataset';
import { assembleDataset, parseEventItem, readActors, readSources, withoutDanglingRelations, type Problem } from '../domain/parseDataset';
import type { SourceRecord } from '../domain/schema';
import { eventToRecord } from '../domain/serializeDataset';
import { composedActors, layerPlan, shownBaseEvent, type WorkspaceSnapshot } from './compose';

/**
 * The view: an already parsed base dataset with the workspace laid over it, without
 * parsing the base again. Only what the workspace touches is parsed — the base events it
 * overlays or whose actors it merged, and its own accepted events — and the base's events
 * keep their places, so a review decision on a source with thousands of candidates costs
 * the changed events, not the dataset. The result is the one parseDataset gives for
 * composeDatasets (the file-level composition; compose.test checks they agree).
 *
 * `cache` (one per base) keeps the workspace events already parsed, by id and revision:
 * a record only changes with its revision, so a decision parses one event.
 */

export interface ComposedView {
  readonly dataset: Dataset;
  readonly problems: readonly Problem[];
  /** Workspace items that could not be read, for the page to offer their sources' removal. */
  readonly rejected: { readonly sourceIds: readonly string[]; readonly eventIds: readonly string[] };
}

interface ParsedEvent {
  readonly event: TimelineEvent | null;
  readonly problems: readonly Problem[];
}

export type ComposeCache = Map<string, ParsedEvent>;

export function createComposeCache(): ComposeCache {
  return new Map();
}

const workspacePath = (kind: 'event' | 'source', id: string) => `workspace ${kind} "${id}"`;

export function composeView(baseIndex: DatasetIndex, snapshot: WorkspaceSnapshot, datasetKey: string, cache: ComposeCache = createComposeCache()): ComposedView {
  const base = baseIndex.dataset;
  const plan = layerPlan(snapshot, datasetKey);
  const { layer } = plan;
  const problems: Problem[] = [];
  const rejectedEvents: string[] = [];
  const rejectedSources: string[] = [];

  const baseSourceIds = new Set(base.sources.map((s) => s.id));
  const sources = new Map<string, SourceRecord>(base.sources.map((s) => [s.id, s]));
  for (const s of layer.sources) {
    if (baseSourceIds.has(s.id)) continue;
    const before = problems.length;
    readSources([s], [workspacePath('source', s.id)], problems, sources);
    if (problems.slice(before).some((p) => p.severity === 'error')) rejectedSources.push(s.id);
  }

  // The base's events as the analyst left them: untouched ones as they are, in place.
  const kept: TimelineEvent[] = [];
  const touched: TimelineEvent[] = [];
  const touchedRecords: { id: string; record: ReturnType<typeof eventToRecord> }[] = [];
  for (const e of base.events) {
    if (!plan.overlays.has(e.id) && (plan.merged.size === 0 || !e.actors.some((a) => plan.merged.has(a)))) {
      kept.push(e);
      continue;
    }
    const record = eventToRecord(e);
    const shown = shownBaseEvent(record, plan, sources);
    if (shown) touchedRecords.push({ id: e.id, record: shown });
  }

  const actorList = composedActors(base.actors, plan, [...kept, ...touchedRecords.map((t) => t.record)].flatMap((e) => e.actors ?? []));
  const actors = readActors(actorList, ['actors'], problems);
  const refs = { sources, actors };
  // Which ids the view shows, without a set of every event: the base's minus those the
  // workspace deleted (or that no longer parse), plus the workspace's own.
  const gone = new Set<string>();
  const added = new Set<string>();
  const ids = { has: (id: string) => (baseIndex.eventById.has(id) && !gone.has(id)) || added.has(id) };
  for (const [id, overlay] of plan.overlays) if (overlay.deleted) gone.add(id);
  for (const { id, record } of touchedRecords) {
    const parsed = parseEventItem(record, [`event "${id}"`], refs);
    problems.push(...parsed.problems);
    if (parsed.event) touched.push(parsed.event);
    else gone.add(id);
  }

  // The workspace's own accepted events, parsed once per revision.
  const stored = new Map(snapshot.events.map((e) => [e.id, e]));
  const used: ComposeCache = new Map();
  for (const record of layer.events) {
    // Ids are the base's where they meet: a workspace event never shadows a dataset's.
    if (baseIndex.eventById.has(record.id)) continue;
    const key = `${record.id}@${stored.get(record.id)?.rev ?? 0}`;
    const input = stored.get(record.id)?.record ?? record;
    let parsed = cache.get(key);
    if (!parsed || !sameActorsKnown(parsed, input.actors ?? [], refs)) parsed = parseEventItem(input, [workspacePath('event', record.id)], refs);
    used.set(key, parsed);
    problems.push(...parsed.problems);
    if (!parsed.event) {
      if (parsed.problems.some((p) => p.severity === 'error')) rejectedEvents.push(record.id);
      continue;
    }
    added.add(record.id);
    // A relation to a candidate that was rejected or is still under review would dangle (as in workspaceDatasetOf).
    const shownTargets = new Set((record.relations ?? []).map((r) => r.target));
    const event = parsed.event.relations.every((r) => shownTargets.has(r.target))
      ? parsed.event
      : { ...parsed.event, relations: parsed.event.relations.filter((r) => shownTargets.has(r.target)) };
    touched.push(event);
  }
  cache.clear();
  for (const [key, parsed] of used) cache.set(key, parsed);

  // Relations to events the workspace deleted (or that never existed) are left out with a warning.
  const pathOf = (e: TimelineEvent) => `${stored.has(e.id) ? workspacePath('event', e.id) : `event "${e.id}"`}.relations`;
  const events = mergeEventsByTime(withoutDanglingRelations(kept, ids, pathOf, problems), sortEventsByTime(withoutDanglingRelations(touched, ids, pathOf, problems)));

  const dataset = assembleDataset(base, sources, actors, events, plan.story ? plan.story.scenes : (base.scenes ?? []), ids, problems);
  return {
    dataset,
    problems,
    rejected: { sourceIds: rejectedSources, eventIds: rejectedEvents },
  };
}

/** A cached parse stays right while each of the record's actors is as known, or unknown, as when it was parsed. */
function sameActorsKnown(parsed: ParsedEvent, recordActors: readonly string[], refs: { actors: ReadonlyMap<string, unknown> }): boolean {
  const kept = parsed.event?.actors;
  return !kept || recordActors.every((a) => refs.actors.has(a) === kept.includes(a));
}
