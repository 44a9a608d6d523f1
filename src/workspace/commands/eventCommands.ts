import { chooseDate } from '../../domain/corroboration';
import { labelled, short } from './labels';
import { type EventRecord, type EvidenceRecord } from '../../domain/schema';
import { spanProblem } from '../../domain/spans';
import { validateEvent, withEvidence, evidenceKey } from '../review';
import type { EventPatch, StoredEvent, StoredOverlay } from '../types';
import { create, remove, update, type Command } from './command';
import { overlayId, newOverlay } from './overlays';
import { quoted, refuse, writeCode, refuseConflict, type CommandContext, type RecordReader } from './plan';

/**
 * Commands on one event, whoever owns it. A workspace event (imported, accepted, made by
 * hand) is changed in place; an event of the open dataset (built-in or `?data=`) gets an
 * overlay, since the dataset file is never written.
 */

/** The event a form was opened on, and the revision it saw. */
export type EventTarget =
  | { readonly owner: 'workspace'; readonly eventId: string; readonly expectedRev: number }
  | {
    readonly owner: 'dataset';
    readonly datasetKey: string;
    readonly eventId: string;
    /** The overlay's revision the form saw; 0 when the event had none. */
    readonly expectedRev: number;
    /** The event as shown (overlay included): what the edit is checked against. */
    readonly shown: EventRecord;
  };

/** A piece of evidence to add, with the text of its source to check it against. */
export interface NewEvidence {
  readonly evidence: EvidenceRecord;
  readonly sourceText: string;
}

export function applyPatch(record: EventRecord, patch: EventPatch): EventRecord {
  const out: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      const v = value.trim();
      // An emptied description or note is removed, not kept as "".
      if (v === '' && (key === 'description' || key === 'note')) delete out[key];
      else out[key] = v;
    } else out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out as EventRecord;
}

function checked(record: EventRecord): EventRecord {
  const problems = validateEvent(record);
  if (problems.length) refuse('invalid', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
  return record;
}

function checkEvidence(items: readonly NewEvidence[]): void {
  for (const { evidence, sourceText } of items) {
    const problem = spanProblem(sourceText, evidence);
    if (problem) refuse('invalid', `The excerpt cannot be kept: ${problem}.`, [{ path: 'evidence', message: problem, severity: 'error' }]);
  }
}

const edited = (ctx: CommandContext) => ({ at: ctx.now, ...(ctx.by ? { by: ctx.by } : {}) });

async function workspaceEvent(read: RecordReader, target: EventTarget & { owner: 'workspace' }, title = target.eventId): Promise<StoredEvent> {
  const current = await read.get('events', target.eventId);
  if (!current || current.rev !== target.expectedRev) refuseConflict(target.eventId, target.expectedRev, current, current?.record.title ?? title);
  return current;
}

async function overlayFor(read: RecordReader, target: EventTarget & { owner: 'dataset' }, ctx: CommandContext): Promise<{ before: StoredOverlay | null; base: Omit<StoredOverlay, 'rev'> }> {
  const id = overlayId(target.datasetKey, target.eventId);
  const before = await read.get('overlays', id);
  if ((before?.rev ?? 0) !== target.expectedRev) refuseConflict(id, target.expectedRev, before, target.shown.title);
  return { before, base: before ?? newOverlay(target.datasetKey, target.eventId, ctx.now) };
}

function writeOverlay(before: StoredOverlay | null, after: Omit<StoredOverlay, 'rev'>) {
  return before ? update('overlays', before, after) : create('overlays', after);
}

/** Change any of an event's fields. */
export async function planEditEvent(read: RecordReader, target: EventTarget, patch: EventPatch, ctx: CommandContext): Promise<Command> {
  if (target.owner === 'workspace') {
    const current = await workspaceEvent(read, target);
    const record = checked({ ...applyPatch(current.record, patch), edited: edited(ctx) });
    return { ...labelled('edit', { title: short(record.title) }), changes: [update('events', current, { ...current, record, updatedAt: ctx.now })] };
  }
  const { before, base } = await overlayFor(read, target, ctx);
  const record = checked(applyPatch(target.shown, patch));
  const after: Omit<StoredOverlay, 'rev'> = { ...base, patch: { ...base.patch, ...patch }, updatedAt: ctx.now, edited: edited(ctx) };
  return { ...labelled('edit', { title: short(record.title) }), changes: [writeOverlay(before, after)] };
}

/** Remove an event from the chronology (undo brings it back). */
export async function planDeleteEvent(read: RecordReader, target: EventTarget, ctx: CommandContext): Promise<Command> {
  if (target.owner === 'workspace') {
    const current = await workspaceEvent(read, target);
    return { ...labelled('delete', { title: short(current.record.title) }), changes: [remove('events', current)] };
  }
  const { before, base } = await overlayFor(read, target, ctx);
  return { ...labelled('delete', { title: short(target.shown.title) }), changes: [writeOverlay(before, { ...base, deleted: true, updatedAt: ctx.now, edited: edited(ctx) })] };
}

/** Back to the dataset's own version of an event: its overlay goes. */
export async function planRevertEvent(read: RecordReader, target: EventTarget & { owner: 'dataset' }, ctx: CommandContext): Promise<Command> {
  const { before } = await overlayFor(read, target, ctx);
  if (!before) refuse('not-found', `${quoted(target.shown.title)} has no changes to revert.`, undefined, writeCode('nothingToRevert', { title: target.shown.title }));
  return { ...labelled('revert', { title: short(target.shown.title) }), changes: [remove('overlays', before)] };
}

/** Add excerpts (a selection in a source) to an event's evidence. */
export async function planAddEvidence(read: RecordReader, target: EventTarget, added: readonly NewEvidence[], ctx: CommandContext): Promise<Command> {
  checkEvidence(added);
  const evidence = added.map((a) => a.evidence);
  if (target.owner === 'workspace') {
    const current = await workspaceEvent(read, target);
    const record = { ...current.record, evidence: withEvidence(current.record.evidence, evidence), edited: edited(ctx) };
    return { ...labelled('addExcerpt', { title: short(record.title) }), changes: [update('events', current, { ...current, record, updatedAt: ctx.now })] };
  }
  const { before, base } = await overlayFor(read, target, ctx);
  const after = { ...base, addedEvidence: withEvidence(base.addedEvidence, evidence), updatedAt: ctx.now, edited: edited(ctx) };
  return { ...labelled('addExcerpt', { title: short(target.shown.title) }), changes: [writeOverlay(before, after)] };
}

/** Take one excerpt off an event. */
export async function planRemoveEvidence(read: RecordReader, target: EventTarget, evidence: EvidenceRecord, ctx: CommandContext): Promise<Command> {
  const key = evidenceKey(evidence);
  if (target.owner === 'workspace') {
    const current = await workspaceEvent(read, target);
    const record = { ...current.record, evidence: current.record.evidence.filter((e) => evidenceKey(e) !== key), edited: edited(ctx) };
    return { ...labelled('removeExcerpt', { title: short(record.title) }), changes: [update('events', current, { ...current, record, updatedAt: ctx.now })] };
  }
  const { before, base } = await overlayFor(read, target, ctx);
  const wasAdded = base.addedEvidence.some((e) => evidenceKey(e) === key);
  const after = {
    ...base,
    addedEvidence: base.addedEvidence.filter((e) => evidenceKey(e) !== key),
    removedEvidence: wasAdded || base.removedEvidence.includes(key) ? base.removedEvidence : [...base.removedEvidence, key],
    updatedAt: ctx.now, edited: edited(ctx),
  };
  return { ...labelled('removeExcerpt', { title: short(target.shown.title) }), changes: [writeOverlay(before, after)] };
}

/** A new event made by hand, from a selection in a source. */
export async function planCreateEvent(read: RecordReader, record: EventRecord, evidence: readonly NewEvidence[], ctx: CommandContext): Promise<Command> {
  checkEvidence(evidence);
  const full = checked({
    ...record,
    evidence: evidence.map((e) => e.evidence),
    review: { status: 'accepted', reviewedAt: ctx.now, ...(ctx.by ? { reviewer: ctx.by } : {}) },
    provenance: { method: 'manual' },
  });
  if (await read.get('events', full.id)) refuse('duplicate', `There is already an event "${full.id}".`, undefined, writeCode('eventExists', { id: full.id }));
  const stored: Omit<StoredEvent, 'rev'> = {
    id: full.id, sourceId: full.evidence[0]?.sourceId ?? '', state: 'accepted', record: full, proposed: null, updatedAt: ctx.now, manual: true,
  };
  return { ...labelled('newEvent', { title: short(full.title) }), changes: [create('events', stored)] };
}

/**
 * Date the event as one of the dates its sources imply (see `chooseDate`): the excerpts
 * that implied another date keep it as a noted alternative. On a dataset event, its own
 * excerpts (which imply the date shown) are re-added with that date, so the overlay
 * keeps the alternative even though the dataset's file is never written.
 */
export async function planChooseDate(read: RecordReader, target: EventTarget, when: string, ctx: CommandContext): Promise<Command> {
  const label = (title: string) => labelled('chooseDate', { title: short(title), when });
  if (target.owner === 'workspace') {
    const current = await workspaceEvent(read, target);
    const record = checked({ ...chooseDate(current.record, when), edited: edited(ctx) });
    return { ...label(record.title), changes: [update('events', current, { ...current, record, updatedAt: ctx.now })] };
  }
  const { before, base } = await overlayFor(read, target, ctx);
  const shown = target.shown;
  checked(chooseDate(shown, when));
  const added = new Set(base.addedEvidence.map(evidenceKey));
  // The dataset's own excerpts agree with the date shown; once the date moves they must say which date they gave.
  const ownAgreeing = when === shown.when ? [] : shown.evidence.filter((e) => !added.has(evidenceKey(e)) && !e.when);
  const after: Omit<StoredOverlay, 'rev'> = {
    ...base,
    patch: { ...base.patch, when },
    removedEvidence: [...new Set([...base.removedEvidence, ...ownAgreeing.map(evidenceKey)])],
    addedEvidence: [...base.addedEvidence, ...ownAgreeing.map((e) => ({ ...e, when: shown.when }))],
    updatedAt: ctx.now, edited: edited(ctx),
  };
  return { ...label(shown.title), changes: [writeOverlay(before, after)] };
}
