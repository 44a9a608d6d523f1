import type { Dataset } from '../../domain/dataset';
import { eventToRecord } from '../../domain/serializeDataset';
import type { ActorRecord, EventRecord, SceneRecord, SourceRecord } from '../../domain/schema';
import { evidenceKey } from '../review';
import { sourceIdFor } from '../ids';
import type { EventPatch, StoredEvent, StoredOverlay, StoredSource } from '../types';
import { create, update, type Command, type RecordChange } from './command';
import { newOverlay, overlaid, overlayId } from './overlays';
import { labelled, short } from './labels';
import { refuse, type CommandContext, type RecordReader } from './plan';

/**
 * A dataset file brought into the workspace with its ids kept (one id rule for every
 * import): an event whose id is new is added under that id; an event whose id the view
 * already shows is compared with it — the same, it is left alone; different, it updates
 * that event (an overlay for an event of the open dataset, a new version of a workspace
 * event) or, when the analyst chooses so, comes in as a new event beside it. Sources keep
 * their ids unless the id names a different text; the file's scenes can become the story.
 * So a chronology exported from Sourceline comes back the same — ids, edits and scenes —
 * as one command, one Undo.
 */

export interface DatasetMergeOptions {
  /** The open dataset's identity: overlays and the story are kept under it. */
  readonly datasetKey: string;
  /** The open dataset's own events and sources (before the workspace), by id. */
  readonly baseEvent: (id: string) => EventRecord | undefined;
  readonly baseSource: (id: string) => SourceRecord | undefined;
  readonly baseActor: (id: string) => ActorRecord | undefined;
  /** What an id that names a different event does. */
  readonly conflicts: 'update' | 'new';
  /**
   * The open dataset's events the file leaves out: kept (the file adds to the chronology)
   * or deleted (the file is a version of this chronology, whose analyst deleted them).
   */
  readonly absent: 'keep' | 'delete';
  /** The open dataset's event ids, for `absent`. */
  readonly baseEventIds: Iterable<string>;
  /** The file's scenes (even none) replace the story of the open dataset. */
  readonly takeStory: boolean;
  /** The open dataset's own scenes: the story when the analyst has not changed it. */
  readonly baseScenes: readonly SceneRecord[];
}

export interface DatasetMergeSummary {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly renamed: number;
  readonly deleted: number;
  readonly sources: number;
  readonly story: boolean;
}

/** The fields an overlay can set, as they are in `record`. */
function patchOf(record: EventRecord): EventPatch {
  return {
    title: record.title, when: record.when, kind: record.kind, actors: [...record.actors], tags: [...record.tags],
    description: record.description ?? '', note: record.note ?? '', relations: record.relations.map((r) => ({ ...r })),
  };
}

/** JSON with every object's keys in order, nested ones included: the same data always gives the same text. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two versions of an event show the same: everything but the bookkeeping of who edited it when. */
function sameEvent(a: EventRecord, b: EventRecord): boolean {
  const { edited: _a, ...left } = a;
  const { edited: _b, ...right } = b;
  return sortedJson(left) === sortedJson(right);
}

export async function planMergeDataset(
  read: RecordReader, dataset: Dataset, fileName: string, options: DatasetMergeOptions, ctx: CommandContext,
): Promise<{ command: Command; summary: DatasetMergeSummary }> {
  const changes: RecordChange[] = [];
  const sourceIds = new Map<string, string>();
  let sources = 0;
  for (const s of dataset.sources) {
    const known = (await read.get('sources', s.id))?.source ?? options.baseSource(s.id);
    let id = s.id;
    if (known && known.text !== s.text) {
      // The id names another text: this one comes in under its text's own id.
      id = sourceIdFor(s.text);
      const again = (await read.get('sources', id))?.source;
      if (again && again.text !== s.text) refuse('duplicate', `Two different texts claim the source id "${id}"; nothing from "${fileName}" was added.`);
      if (again) {
        sourceIds.set(s.id, id);
        continue;
      }
    } else if (known) {
      sourceIds.set(s.id, id);
      continue;
    }
    sourceIds.set(s.id, id);
    const stored: Omit<StoredSource, 'rev'> = {
      id, source: { ...s, id }, origin: { kind: 'file', fileName, format: 'dataset' }, importedAt: ctx.now, extraction: null, furniture: [],
    };
    changes.push(create('sources', stored));
    sources++;
  }

  // The file's actors the chronology does not know yet become the analyst's own.
  for (const a of dataset.actors) {
    if (options.baseActor(a.id) || (await read.get('actors', a.id))) continue;
    changes.push(create('actors', { id: a.id, actor: { ...a, aliases: [...a.aliases] }, updatedAt: ctx.now }));
  }

  const ids = new Set(dataset.events.map((e) => e.id));
  const renamedIds = new Map<string, string>();
  const plans: { record: EventRecord; apply: () => Promise<'created' | 'updated' | 'unchanged'> }[] = [];
  for (const e of dataset.events) {
    const file = eventToRecord(e);
    const record: EventRecord = { ...file, evidence: file.evidence.map((ev) => ({ ...ev, sourceId: sourceIds.get(ev.sourceId) ?? ev.sourceId })) };
    const own = await read.get('events', e.id);
    const base = own ? undefined : options.baseEvent(e.id);
    if ((own || base) && options.conflicts === 'new') {
      let n = 2;
      while (ids.has(`${e.id}-${n}`) || options.baseEvent(`${e.id}-${n}`) || (await read.get('events', `${e.id}-${n}`))) n++;
      renamedIds.set(e.id, `${e.id}-${n}`);
      ids.add(`${e.id}-${n}`);
    }
    plans.push({ record, apply: async () => {
      const renamed = renamedIds.get(e.id);
      const rec: EventRecord = {
        ...record,
        id: renamed ?? record.id,
        relations: record.relations.map((r) => ({ ...r, target: renamedIds.get(r.target) ?? r.target })),
      };
      if (renamed || (!own && !base)) {
        const stored: Omit<StoredEvent, 'rev'> = {
          id: rec.id, sourceId: rec.evidence[0]?.sourceId ?? sourceIds.values().next().value ?? '', state: rec.review.status === 'rejected' ? 'rejected' : 'accepted',
          record: rec, proposed: null, updatedAt: ctx.now,
        };
        changes.push(create('events', stored));
        return 'created';
      }
      if (own) {
        if (sameEvent(own.record, rec)) return 'unchanged';
        changes.push(update('events', own, { ...own, record: rec, state: rec.review.status === 'rejected' ? 'rejected' : own.state === 'merged' ? 'merged' : 'accepted', updatedAt: ctx.now }));
        return 'updated';
      }
      // An event of the open dataset: the overlay that makes it show the file's version.
      const id = overlayId(options.datasetKey, rec.id);
      const before = await read.get('overlays', id);
      const shown = before ? overlaid(base!, before) : base!;
      if (shown && sameEvent(shown, rec)) return 'unchanged';
      const keep = new Set(rec.evidence.map(evidenceKey));
      const had = new Set(base!.evidence.map(evidenceKey));
      const after: Omit<StoredOverlay, 'rev'> = {
        ...newOverlay(options.datasetKey, rec.id, ctx.now),
        patch: patchOf(rec),
        addedEvidence: rec.evidence.filter((ev) => !had.has(evidenceKey(ev))),
        removedEvidence: base!.evidence.map(evidenceKey).filter((k) => !keep.has(k)),
        ...(rec.edited ? { edited: rec.edited } : { edited: { at: ctx.now, ...(ctx.by ? { by: ctx.by } : {}) } }),
      };
      changes.push(before ? update('overlays', before, after) : create('overlays', after));
      return 'updated';
    } });
  }
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const p of plans) counts[await p.apply()]++;

  let deleted = 0;
  if (options.absent === 'delete') {
    for (const id of options.baseEventIds) {
      if (ids.has(id)) continue;
      const before = await read.get('overlays', overlayId(options.datasetKey, id));
      if (before?.deleted) continue;
      const after = { ...(before ?? newOverlay(options.datasetKey, id, ctx.now)), deleted: true, updatedAt: ctx.now, edited: { at: ctx.now, ...(ctx.by ? { by: ctx.by } : {}) } };
      changes.push(before ? update('overlays', before, after) : create('overlays', after));
      deleted++;
    }
  }

  let story = false;
  if (options.takeStory) {
    const before = await read.get('stories', options.datasetKey);
    const scenes = [...(dataset.scenes ?? [])];
    if (JSON.stringify(before?.scenes ?? options.baseScenes) !== JSON.stringify(scenes)) {
      const after = { id: options.datasetKey, scenes, updatedAt: ctx.now };
      changes.push(before ? update('stories', before, after) : create('stories', after));
      story = true;
    }
  }
  if (changes.length === 0) refuse('duplicate', `Everything in "${fileName}" is already in the chronology, as it is.`);
  const summary: DatasetMergeSummary = { ...counts, renamed: renamedIds.size, deleted, sources, story };
  return { command: { ...labelled('importDataset', { name: short(fileName) }), changes }, summary };
}
