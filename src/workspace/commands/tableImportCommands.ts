import type { ActorRecord, EventKind, EventRecord, ReviewStatus } from '../../domain/schema';
import { labelled, short } from './labels';
import type { EventPatch, StoredEvent } from '../types';
import { validateEvent } from '../review';
import { create, type Command, type RecordChange } from './command';
import { planEditEvent, type EventTarget } from './eventCommands';
import { refuse, writeCode, type CommandContext, type RecordReader } from './plan';

/**
 * A table (CSV, TSV, another tool's sheet) brought in as ONE command, so that one Undo
 * takes the whole import back. New rows become workspace events; a row that updates an
 * event goes through the same planner as an edit in the details — the same revision
 * check (the revision the preview showed), the same overlay for an event of the
 * built-in or a `?data=` dataset — so an event changed in another tab since the preview
 * refuses the whole import rather than being overwritten unseen.
 */

/** What a row sets: the fields of its mapped columns. */
export interface ImportedFields {
  readonly title: string;
  readonly when: string;
  readonly kind?: EventKind;
  readonly actors?: readonly string[];
  readonly tags?: readonly string[];
  readonly description?: string;
  readonly note?: string;
  readonly review?: ReviewStatus;
}

export type ImportedRow =
  | { readonly action: 'create'; readonly id: string; readonly fields: ImportedFields }
  /** `target` carries the revision the preview was made on. */
  | { readonly action: 'update'; readonly target: EventTarget; readonly fields: ImportedFields };

export interface TableImport {
  readonly fileName: string;
  readonly rows: readonly ImportedRow[];
  /** Actors the table names that the chronology does not know yet. */
  readonly actors: readonly ActorRecord[];
}

export interface TableImportSummary {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export function newEventRecord(id: string, fields: ImportedFields, ctx: CommandContext): EventRecord {
  return {
    id,
    title: fields.title,
    when: fields.when,
    kind: fields.kind ?? 'occurrence',
    actors: [...(fields.actors ?? [])],
    tags: [...(fields.tags ?? [])],
    evidence: [],
    relations: [],
    review: { status: fields.review ?? 'accepted', reviewedAt: ctx.now, ...(ctx.by ? { reviewer: ctx.by } : {}) },
    provenance: { method: 'manual' },
    ...(fields.description ? { description: fields.description } : {}),
    ...(fields.note ? { note: fields.note } : {}),
  };
}

function patchOf(fields: ImportedFields): EventPatch {
  const { review: _review, ...patch } = fields;
  return patch;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/** Whether every field the row sets already has that value. */
export function changesNothing(shown: EventRecord, patch: EventPatch): boolean {
  return Object.entries(patch).every(([key, value]) => value === undefined || same((shown as unknown as Record<string, unknown>)[key], value));
}

export async function planTableImport(read: RecordReader, input: TableImport, ctx: CommandContext): Promise<{ command: Command; value: TableImportSummary }> {
  const changes: RecordChange[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const actor of input.actors) {
    if (await read.get('actors', actor.id)) continue;
    changes.push(create('actors', { id: actor.id, actor: { ...actor, aliases: [...actor.aliases] }, updatedAt: ctx.now }));
  }
  for (const row of input.rows) {
    if (row.action === 'create') {
      if (await read.get('events', row.id)) refuse('duplicate', `There is already an event "${row.id}" (added since the preview); nothing was imported.`, undefined, writeCode('rowTaken', { id: row.id }));
      const record = newEventRecord(row.id, row.fields, ctx);
      const problems = validateEvent(record);
      if (problems.length) refuse('invalid', `Row "${row.id}": ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}; nothing was imported.`, problems);
      const stored: Omit<StoredEvent, 'rev'> = {
        id: row.id, sourceId: '', state: record.review.status === 'rejected' ? 'rejected' : 'accepted', record, proposed: null, updatedAt: ctx.now, manual: true,
      };
      changes.push(create('events', stored));
      created++;
      continue;
    }
    const patch = patchOf(row.fields);
    const shown = row.target.owner === 'dataset' ? row.target.shown : (await read.get('events', row.target.eventId))?.record;
    if (shown && changesNothing(shown, patch)) {
      unchanged++;
      continue;
    }
    const edit = await planEditEvent(read, row.target, patch, ctx);
    changes.push(...edit.changes);
    updated++;
  }
  if (changes.length === 0) refuse('invalid', 'Nothing to import: every row is already in the chronology as the table has it.', undefined, writeCode('noNewRows'));
  const rows = created + updated;
  return { command: { ...labelled('importRows', { count: rows, name: short(input.fileName) }), changes }, value: { created, updated, unchanged } };
}
