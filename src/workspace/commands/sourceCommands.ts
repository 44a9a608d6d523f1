import { sourceSchema, type SourceRecord } from '../../domain/schema';
import { labelled, short } from './labels';
import { zodProblems } from '../../domain/parseDataset';
import { remove, update, type Command, type RecordChange } from './command';
import { refuse, writeCode, refuseConflict, type CommandContext, type RecordReader } from './plan';

/** Correcting an imported source's metadata, and removing it with everything it brought. */

/** What can be corrected: everything but the id and the text the excerpts index. */
export type SourceChanges = Partial<Omit<SourceRecord, 'id' | 'text'>>;

export async function planUpdateSource(read: RecordReader, id: string, expectedRev: number, changes: SourceChanges, _ctx: CommandContext): Promise<Command> {
  const current = await read.get('sources', id);
  if (!current || current.rev !== expectedRev) refuseConflict(id, expectedRev, current, current?.source.title ?? id);
  const merged: Record<string, unknown> = { ...current.source };
  for (const [key, value] of Object.entries(changes)) {
    // An emptied optional field is removed; the schema says what may not be empty.
    if (value === undefined || (typeof value === 'string' && value.trim() === '' && key !== 'title')) delete merged[key];
    else merged[key] = typeof value === 'string' ? value.trim() : value;
  }
  const parsed = sourceSchema.safeParse(merged, { reportInput: true });
  if (!parsed.success) {
    const problems = zodProblems(parsed.error);
    refuse('invalid', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
  }
  const renamed = parsed.data.title !== current.source.title;
  return {
    ...(renamed ? labelled('renameSource', { from: short(current.source.title), to: short(parsed.data.title) }) : labelled('correctSource', { title: short(parsed.data.title) })),
    changes: [update('sources', current, { ...current, source: parsed.data })],
  };
}

/** What removing a source takes with it, for the confirmation. */
export interface SourceRemoval {
  readonly command: Command;
  readonly events: number;
  readonly excerpts: number;
}

/** The source, its events, and its excerpts in other events (workspace and overlays) — one command, undone as one. */
export async function planRemoveSource(read: RecordReader, id: string, expectedRev: number, ctx: CommandContext): Promise<SourceRemoval> {
  const current = await read.get('sources', id);
  if (!current) refuse('not-found', `There is no source "${id}" in the workspace.`, undefined, writeCode('noSource', { id }));
  if (current.rev !== expectedRev) refuseConflict(id, expectedRev, current, current.source.title);
  const changes: RecordChange[] = [remove('sources', current)];
  let events = 0;
  let excerpts = 0;
  for (const e of await read.all('events')) {
    if (e.sourceId === id) {
      changes.push(remove('events', e));
      if (e.state === 'accepted') events++;
      excerpts += e.record.evidence.length;
    } else if (e.record.evidence.some((ev) => ev.sourceId === id)) {
      const evidence = e.record.evidence.filter((ev) => ev.sourceId !== id);
      excerpts += e.record.evidence.length - evidence.length;
      changes.push(update('events', e, { ...e, updatedAt: ctx.now, record: { ...e.record, evidence } }));
    }
  }
  for (const o of await read.all('overlays')) {
    if (!o.addedEvidence.some((ev) => ev.sourceId === id)) continue;
    const addedEvidence = o.addedEvidence.filter((ev) => ev.sourceId !== id);
    excerpts += o.addedEvidence.length - addedEvidence.length;
    changes.push(update('overlays', o, { ...o, addedEvidence, removedEvidence: o.removedEvidence.filter((k) => !k.startsWith(`${id}\u0000`)), updatedAt: ctx.now }));
  }
  return { command: { ...labelled('removeSource', { title: short(current.source.title) }), changes }, events, excerpts };
}
