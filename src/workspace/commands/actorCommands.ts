import { actorSchema, type ActorRecord } from '../../domain/schema';
import { labelled, short } from './labels';
import { textHash } from '../ids';
import type { StoredActor } from '../types';
import { create, update, type Command, type RecordChange } from './command';
import { type EventTarget, applyPatch } from './eventCommands';
import { newOverlay, overlayId } from './overlays';
import { refuse, writeCode, refuseConflict, type CommandContext, type RecordReader } from './plan';

/**
 * Actors the analyst creates, renames and merges. The extractor's alias table, the
 * dataset's actors and the workspace's are one list (`composeActors`): a workspace record
 * with the id of a known actor renames it or adds aliases.
 */

/** A readable, stable id for a new actor: "port-of-hamburg-1a2b3c". */
export function actorIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40);
  return `${slug || 'actor'}-${textHash(name).slice(0, 6)}`;
}

function cleanActor(actor: ActorRecord): ActorRecord {
  const name = actor.name.trim();
  const aliases = [...new Set(actor.aliases.map((a) => a.trim()).filter((a) => a && a !== name))];
  const parsed = actorSchema.safeParse({ ...actor, name, aliases });
  if (!parsed.success) refuse('invalid', `The actor is not valid: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

export async function planCreateActor(read: RecordReader, actor: Omit<ActorRecord, 'id'> & { id?: string }, ctx: CommandContext): Promise<{ command: Command; actor: ActorRecord }> {
  const record = cleanActor({ ...actor, id: actor.id ?? actorIdFor(actor.name) } as ActorRecord);
  if (await read.get('actors', record.id)) refuse('duplicate', `There is already an actor "${record.name}".`, undefined, writeCode('actorExists', { name: record.name }));
  return { command: { ...labelled('newActor', { name: short(record.name) }), changes: [create('actors', { id: record.id, actor: record, updatedAt: ctx.now })] }, actor: record };
}

/**
 * Rename an actor or change its aliases. `known` is the actor as the view shows it
 * (dataset or alias table); `expectedRev` the workspace record's revision, 0 for none.
 */
export async function planUpdateActor(read: RecordReader, known: ActorRecord, expectedRev: number, changes: Pick<ActorRecord, 'name' | 'aliases'>, ctx: CommandContext): Promise<Command> {
  const before = await read.get('actors', known.id);
  if ((before?.rev ?? 0) !== expectedRev) refuseConflict(known.id, expectedRev, before, known.name);
  const actor = cleanActor({ ...(before?.actor ?? known), ...changes });
  const after: Omit<StoredActor, 'rev'> = { id: known.id, actor, updatedAt: ctx.now, ...(before?.mergedInto ? { mergedInto: before.mergedInto } : {}) };
  const label = actor.name !== known.name ? labelled('renameActor', { from: short(known.name), to: short(actor.name) }) : labelled('actorAliases', { name: short(actor.name) });
  return { ...label, changes: [before ? update('actors', before, after) : create('actors', after)] };
}

/**
 * Merge actor `from` into `into`: every event naming `from` names `into` instead (the
 * dataset's events through overlays), `from`'s names become aliases of `into`, and `from`
 * is kept as merged so that the extractor's alias table no longer proposes it.
 */
export async function planMergeActors(
  read: RecordReader,
  from: ActorRecord,
  into: ActorRecord,
  datasetEvents: readonly (EventTarget & { owner: 'dataset' })[],
  ctx: CommandContext,
): Promise<Command> {
  if (from.id === into.id) refuse('invalid', 'An actor cannot be merged into itself.', undefined, writeCode('actorIntoItself'));
  const swap = (actors: readonly string[]) => [...new Set(actors.map((a) => (a === from.id ? into.id : a)))];
  const changes: RecordChange[] = [];
  for (const e of await read.all('events')) {
    if (!e.record.actors.includes(from.id)) continue;
    changes.push(update('events', e, { ...e, updatedAt: ctx.now, record: { ...e.record, actors: swap(e.record.actors) } }));
  }
  for (const t of datasetEvents) {
    // The view lists workspace events too; those were changed in place above.
    if (!t.shown.actors.includes(from.id) || (await read.get('events', t.eventId))) continue;
    const id = overlayId(t.datasetKey, t.eventId);
    const before = await read.get('overlays', id);
    const base = before ?? newOverlay(t.datasetKey, t.eventId, ctx.now);
    const actors = swap(applyPatch(t.shown, base.patch).actors);
    const after = { ...base, patch: { ...base.patch, actors }, updatedAt: ctx.now };
    changes.push(before ? update('overlays', before, after) : create('overlays', after));
  }
  const intoBefore = await read.get('actors', into.id);
  const intoActor = cleanActor({ ...(intoBefore?.actor ?? into), aliases: [...(intoBefore?.actor ?? into).aliases, from.name, ...from.aliases] });
  const intoAfter = { id: into.id, actor: intoActor, updatedAt: ctx.now };
  changes.push(intoBefore ? update('actors', intoBefore, intoAfter) : create('actors', intoAfter));
  const fromBefore = await read.get('actors', from.id);
  const fromAfter = { id: from.id, actor: fromBefore?.actor ?? from, mergedInto: into.id, updatedAt: ctx.now };
  changes.push(fromBefore ? update('actors', fromBefore, fromAfter) : create('actors', fromAfter));
  return { ...labelled('mergeActor', { from: short(from.name), to: short(into.name) }), changes };
}
