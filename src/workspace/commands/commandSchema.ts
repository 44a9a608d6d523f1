import { z } from 'zod';
import { actorSchema, eventKindSchema, eventSchema, evidenceSchema, ID_MAX_LENGTH, relationSchema, sceneSchema, sourceSchema } from '../../domain/schema';
import type { EventPatch, StoredActor, StoredEvent, StoredOverlay, StoredSource, StoredStory } from '../types';
import type { Command } from './command';

/**
 * A command as it travels between the browser and a server: the same plain data as
 * `Command`, checked at the edge with the dataset format's own schemas, so a server
 * stores nothing the browser would refuse to open. Record ids other than the format's
 * (overlays, stories) are keyed by a dataset's address and may be longer. Records are
 * strict: a field this version does not know is refused, never silently dropped.
 */

/** Overlay and story ids: a dataset's address, a NUL and an event id. */
export const RECORD_ID_MAX_LENGTH = 4096;
/** A command that removes a large source touches each of its events; more than this is not one analyst's step. */
export const COMMAND_MAX_CHANGES = 5000;
export const COMMAND_LABEL_MAX_LENGTH = 500;

const recordId = z.string().min(1).max(RECORD_ID_MAX_LENGTH);
const rev = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const isoTime = z.string().max(64);
const short = z.string().max(1000);

const importOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paste') }),
  z.object({ kind: z.literal('file'), fileName: short, format: z.enum(['text', 'markdown', 'html', 'dataset']) }),
]);

export const storedSourceSchema = z.strictObject({
  id: recordId,
  rev,
  source: sourceSchema,
  origin: importOriginSchema,
  importedAt: isoTime,
  extraction: z.object({ extractor: short, lang: short }).nullable(),
  furniture: z.array(z.object({ start: z.int().min(0), end: z.int().min(0), kind: short })),
  actors: z.array(actorSchema).optional(),
});

export const storedEventSchema = z.strictObject({
  id: recordId,
  rev,
  sourceId: z.string().max(ID_MAX_LENGTH),
  state: z.enum(['unreviewed', 'accepted', 'rejected', 'merged']),
  record: eventSchema,
  proposed: z.object({ title: z.string(), when: z.string(), kind: eventKindSchema, actors: z.array(z.string()) }).nullable(),
  mergedInto: z.string().max(ID_MAX_LENGTH).optional(),
  updatedAt: isoTime,
  manual: z.boolean().optional(),
});

const eventPatchSchema = z.strictObject({
  title: z.string().max(500).optional(),
  when: z.string().max(200).optional(),
  kind: eventKindSchema.optional(),
  actors: z.array(z.string().max(ID_MAX_LENGTH)).optional(),
  tags: z.array(z.string()).optional(),
  description: z.string().optional(),
  note: z.string().max(20000).optional(),
  relations: z.array(relationSchema).optional(),
});

export const storedOverlaySchema = z.strictObject({
  id: recordId,
  rev,
  datasetKey: recordId,
  eventId: z.string().max(ID_MAX_LENGTH),
  patch: eventPatchSchema,
  addedEvidence: z.array(evidenceSchema),
  removedEvidence: z.array(z.string().max(RECORD_ID_MAX_LENGTH)),
  deleted: z.boolean(),
  updatedAt: isoTime,
  edited: z.object({ at: isoTime, by: short.optional() }).optional(),
});

export const storedActorSchema = z.strictObject({ id: recordId, rev, actor: actorSchema, mergedInto: z.string().max(ID_MAX_LENGTH).optional(), updatedAt: isoTime });

export const storedStorySchema = z.strictObject({ id: recordId, rev, scenes: z.array(sceneSchema), updatedAt: isoTime });

const RECORD_SCHEMAS = {
  sources: storedSourceSchema,
  events: storedEventSchema,
  overlays: storedOverlaySchema,
  actors: storedActorSchema,
  stories: storedStorySchema,
} as const;

function changeSchema<S extends keyof typeof RECORD_SCHEMAS>(store: S) {
  const record = RECORD_SCHEMAS[store];
  return z
    .object({ store: z.literal(store), id: recordId, before: record.nullable(), after: record.nullable() })
    .superRefine(({ id, before, after }, ctx) => {
      if (before === null && after === null) ctx.addIssue({ code: 'custom', path: ['after'], message: 'a change needs a record before or after it' });
      for (const [side, r] of [['before', before], ['after', after]] as const) {
        if (r && r.id !== id) ctx.addIssue({ code: 'custom', path: [side, 'id'], message: `the record's id ${JSON.stringify(r.id.slice(0, 60))} is not the change's id ${JSON.stringify(id.slice(0, 60))}` });
      }
    });
}

export const recordChangeSchema = z.discriminatedUnion('store', [
  changeSchema('sources'), changeSchema('events'), changeSchema('overlays'), changeSchema('actors'), changeSchema('stories'),
]);

/** A client-generated id (a UUID or another unguessable string): a resend of the same command is applied once. */
export const commandIdSchema = z
  .string()
  .min(8, 'a command id has at least 8 characters')
  .max(100, 'a command id has at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'a command id is made of letters, digits, "-" and "_"');

/** What names a step in the interface's language (see commands/labels.ts): a catalogue key and short values. */
const labelKeySchema = z.object({
  key: z.string().min(1).max(64).regex(/^\w+$/u),
  params: z.record(z.string().max(32), z.union([z.string().max(COMMAND_LABEL_MAX_LENGTH), z.number()])),
});

export const commandSchema = z.object({
  label: z.string().min(1).max(COMMAND_LABEL_MAX_LENGTH),
  labelKey: labelKeySchema.optional(),
  changes: z.array(recordChangeSchema).min(1).max(COMMAND_MAX_CHANGES),
});

/** What a client sends: the command and the id that makes a resend harmless. */
export const submittedCommandSchema = commandSchema.extend({ id: commandIdSchema });

export type SubmittedCommand = Command & { readonly id: string };

/*
 * The schemas must follow the stored types: a field added to one and not the other fails
 * the typecheck here rather than being lost on its way through a server.
 */
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Fits<A, B> = [A] extends [B] ? true : false;
type Follows<S extends z.ZodType, T> = SameKeys<z.output<S>, T> extends true ? Fits<z.output<S>, T> : false;
export const SCHEMAS_FOLLOW_TYPES: [
  Follows<typeof storedSourceSchema, StoredSource>,
  Follows<typeof storedEventSchema, StoredEvent>,
  Follows<typeof storedOverlaySchema, StoredOverlay>,
  Follows<typeof storedActorSchema, StoredActor>,
  Follows<typeof storedStorySchema, StoredStory>,
  Follows<typeof eventPatchSchema, EventPatch>,
] = [true, true, true, true, true, true];
