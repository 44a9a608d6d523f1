import type { Dataset } from '../domain/dataset';
import { eventSchema, type ActorRecord, type EventRecord } from '../domain/schema';
import type { Problem } from '../domain/parseDataset';
import { datasetToInput } from './compose';
import { eventIdFor, sourceIdFor } from './ids';
import type { ImportOrigin, StoredEvent, StoredSource } from './types';

/**
 * A dataset file brought into the workspace. Its sources get the workspace's ids (a hash
 * of the text, as for a pasted article, so the same text is never in twice) and each
 * event is kept under the source of its first excerpt, with its id under that source's.
 * The file's events were reviewed by whoever made it: they are shown as they are
 * (`accepted`), except the ones the file marks rejected. Pure.
 */
export interface DatasetRecords {
  readonly sources: StoredSource[];
  readonly events: StoredEvent[];
  /** What was adjusted on the way in, for the analyst to read. */
  readonly notes: Problem[];
}

export function datasetRecords(dataset: Dataset, fileName: string, now: string): DatasetRecords {
  const input = datasetToInput(dataset);
  const notes: Problem[] = [];
  const sourceIds = new Map(dataset.sources.map((s) => [s.id, sourceIdFor(s.text)]));
  const origin: ImportOrigin = { kind: 'file', fileName, format: 'dataset' };
  const actors: ActorRecord[] = dataset.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
  const firstSource = dataset.sources[0] ? sourceIds.get(dataset.sources[0].id)! : null;

  const home = new Map<string, string>();
  for (const e of dataset.events) {
    const own = e.evidence[0] ? sourceIds.get(e.evidence[0].sourceId) : firstSource;
    if (own) home.set(e.id, own);
    else notes.push({ path: `events.${e.id}`, message: 'has no excerpt and the file has no source to keep it with; left out', severity: 'warning' });
  }
  const newId = (id: string) => (home.has(id) ? eventIdFor(home.get(id)!, id) : null);

  const events: StoredEvent[] = [];
  for (const raw of input.events) {
    const e = eventSchema.parse(raw);
    const sourceId = home.get(e.id);
    if (!sourceId) continue;
    const record: EventRecord = {
      ...e,
      id: newId(e.id)!,
      evidence: e.evidence.map((ev) => ({ ...ev, sourceId: sourceIds.get(ev.sourceId) ?? ev.sourceId })),
      relations: e.relations.flatMap((r) => {
        const target = newId(r.target);
        return target ? [{ ...r, target }] : [];
      }),
    };
    events.push({
      id: record.id, rev: 1, sourceId, state: e.review.status === 'rejected' ? 'rejected' : 'accepted', record, proposed: null, updatedAt: now,
    });
  }

  const sources: StoredSource[] = dataset.sources.map((s, i) => ({
    id: sourceIds.get(s.id)!,
    rev: 1,
    source: { ...s, id: sourceIds.get(s.id)! },
    origin,
    importedAt: now,
    extraction: null,
    furniture: [],
    // The file's actors travel with its first source, so that its events keep their names.
    ...(i === 0 ? { actors } : {}),
  }));
  return { sources, events, notes };
}
