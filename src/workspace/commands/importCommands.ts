import { labelled, short } from './labels';
import { zodProblems, type Problem } from '../../domain/parseDataset';
import { sourceSchema, type EventRecord, type SourceRecord } from '../../domain/schema';
import { eventIdFor, sourceIdFor } from '../ids';
import { validateEvent } from '../review';
import type { ImportOrigin, StoredEvent, StoredSource } from '../types';
import { create, type Command } from './command';
import { refuse, writeCode, type RecordReader } from './plan';

/** Bringing a source into the workspace: an article with its candidates, one command. A dataset file: datasetMergeCommands.ts. */

export interface NewSourceInput {
  /** The source; `id` is derived from the text when absent. */
  readonly source: Omit<SourceRecord, 'id'> & { readonly id?: string };
  readonly origin: ImportOrigin;
  /** The extractor's result for this text (`extract(text, …)`); its ids and evidence source ids are re-based on the new source. */
  readonly extraction?: { readonly extractor: string; readonly lang: string; readonly events: readonly EventRecord[] };
  readonly furniture?: StoredSource['furniture'];
}

export interface AddedSource {
  readonly source: StoredSource;
  readonly candidates: readonly StoredEvent[];
}

/**
 * The source and its candidates as records, checked before anything is read or written:
 * refused as a whole when the source or any candidate is invalid or an excerpt does not
 * slice to its quote.
 */
export function sourceRecords(input: NewSourceInput, now: string): AddedSource {
  const id = input.source.id ?? sourceIdFor(input.source.text);
  const parsed = sourceSchema.safeParse({ ...input.source, id }, { reportInput: true });
  if (!parsed.success) {
    const problems = zodProblems(parsed.error, ['source']);
    refuse('invalid', `The source is not valid: ${problems[0]!.path}: ${problems[0]!.message}`, problems);
  }
  const source = parsed.data;
  const stored: StoredSource = {
    id, rev: 1, source, origin: input.origin, importedAt: now,
    extraction: input.extraction ? { extractor: input.extraction.extractor, lang: input.extraction.lang } : null,
    furniture: input.furniture ?? [],
  };
  const rebase = (eventId: string) => eventIdFor(id, eventId);
  const candidates: StoredEvent[] = [];
  const problems: Problem[] = [];
  (input.extraction?.events ?? []).forEach((e, i) => {
    const record: EventRecord = {
      ...e,
      id: rebase(e.id),
      evidence: e.evidence.map((ev) => ({ ...ev, sourceId: id })),
      relations: e.relations.map((r) => ({ ...r, target: rebase(r.target) })),
      review: { status: 'unreviewed' },
    };
    for (const p of validateEvent(record)) problems.push({ ...p, path: `events[${i}].${p.path}` });
    record.evidence.forEach((ev, j) => {
      if (source.text.slice(ev.start, ev.end) !== ev.quote) {
        problems.push({ path: `events[${i}].evidence[${j}]`, message: `the quote does not match the text at ${ev.start}–${ev.end}`, severity: 'error' });
      }
    });
    candidates.push({
      id: record.id, rev: 1, sourceId: id, state: 'unreviewed', record,
      proposed: { title: record.title, when: record.when, kind: record.kind, actors: record.actors }, updatedAt: now,
    });
  });
  if (problems.length) {
    refuse('invalid', `${problems.length} candidate ${problems.length === 1 ? 'event is' : 'events are'} not valid; nothing was imported.`, problems);
  }
  return { source: stored, candidates };
}

/** Adds the source and its candidates; refused when the same text (or an event id) is already in the workspace. */
export async function planAddSource(read: RecordReader, added: AddedSource): Promise<Command> {
  const { source: stored, candidates } = added;
  const existing = await read.get('sources', stored.id);
  if (existing) refuse('duplicate', `This text is already in the workspace as "${existing.source.title}".`, undefined, writeCode('textTwice', { title: existing.source.title }));
  for (const c of candidates) if (await read.get('events', c.id)) refuse('duplicate', `There is already an event "${c.id}".`, undefined, writeCode('eventExists', { id: c.id }));
  const { rev: _r, ...source } = stored;
  return { ...labelled('importSource', { title: short(stored.source.title) }), changes: [create('sources', source), ...candidates.map(({ rev: _c, ...c }) => create('events', c))] };
}
