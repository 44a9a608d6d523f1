import { z } from 'zod';
import { EDTF_PATTERN } from './when';

/**
 * The dataset format: the single definition. Types are inferred from it, the JSON
 * Schema that ships with the app (public/schema/dataset.schema.json) is generated
 * from it, and parseDataset validates untrusted input against it.
 * Everything here describes the file as stored; richer domain values (a parsed When)
 * are derived after validation.
 */

export const DATASET_FORMAT = 'sourceline/dataset';
export const DATASET_VERSION = 1;

/** The longest id the format allows, in UTF-16 code units. */
export const ID_MAX_LENGTH = 200;

const id = z
  .string()
  .min(1)
  .max(ID_MAX_LENGTH)
  // Ids travel in URLs and space-separated attribute lists: no white space.
  .regex(/^\S+$/, 'an id cannot contain spaces')
  .describe('A stable identifier, unique within its list, without white space.');

export const edtfSchema = z
  .string()
  .regex(new RegExp(EDTF_PATTERN), {
    // Words, not the pattern: the reader of this message wrote "yesterday", not a regular expression.
    error: (issue) =>
      `${JSON.stringify(String(issue.input).slice(0, 60))} is not a date in EDTF form; write one like 2025, 2025-08, 2025-08-12, 2025-08-13T10:15+03:00, 1945~ or 2024/2025`,
  })
  .describe('An EDTF (ISO 8601-2) date: 2025, 2025-08, 2025-08-12, 2025-08-13T10:15+03:00, 1945~, 2024/2025, [..2025-08-12].');

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1),
    publisher: z.string().optional(),
    url: z.url().optional(),
    byline: z.string().optional(),
    language: z.string().min(2).max(35).describe('BCP 47 language tag, e.g. "ru" or "en".'),
    published: edtfSchema.optional().describe('Publication date-time with its offset, as EDTF.'),
    publishedZone: z.string().optional().describe('IANA time zone of the publisher, e.g. "Europe/Moscow".'),
    text: z.string().describe('The full plain text, exactly as stored; evidence offsets index into it.'),
  })
  .describe('A document events are taken from.');

export const evidenceSchema = z
  .object({
    sourceId: id,
    start: z.int().min(0).describe('UTF-16 code unit offset, inclusive.'),
    end: z.int().min(0).describe('UTF-16 code unit offset, exclusive.'),
    quote: z.string().min(1).describe('Must equal text.slice(start, end) of the source.'),
    when: edtfSchema
      .optional()
      .describe('The date this excerpt implies, when it differs from the event\'s (two sources that disagree); absent: it agrees.'),
  })
  .describe('A span of one source that supports an event.');

export const EVENT_KINDS = ['occurrence', 'report', 'anniversary'] as const;
export const eventKindSchema = z
  .enum(EVENT_KINDS)
  .describe('occurrence: something happened; report: a report or statement about it; anniversary: a recurring commemoration.');

export const RELATION_TYPES = ['anniversary-of', 'reports', 'part-of', 'follows', 'mentions'] as const;
export const relationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  target: id.describe('The id of the related event.'),
});

export const REVIEW_STATUSES = ['unreviewed', 'accepted', 'rejected'] as const;
export const reviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  reviewedAt: z.string().optional().describe('ISO 8601 date-time of the review.'),
  reviewer: z.string().optional(),
});

export const provenanceSchema = z.object({
  method: z.enum(['manual', 'extracted', 'generated']),
  extractor: z.string().optional().describe('Extractor name and version.'),
  rule: z.string().optional().describe('The extraction rule that produced the date.'),
  phrase: z
    .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
    .optional()
    .describe('Where the words that gave the date are in the source of the first excerpt (UTF-16 offsets, end exclusive).'),
});

export const editedSchema = z.object({
  at: z.string().describe('ISO 8601 date-time of the edit.'),
  by: z.string().optional().describe('Who edited: the profile name of the analyst.'),
});

export const eventSchema = z
  .object({
    id,
    title: z.string().min(1).max(500),
    description: z.string().optional(),
    when: edtfSchema,
    kind: eventKindSchema,
    actors: z.array(id).default([]).describe('Actor ids.'),
    tags: z.array(z.string()).default([]),
    evidence: z.array(evidenceSchema).default([]),
    relations: z.array(relationSchema).default([]),
    review: reviewSchema.default({ status: 'unreviewed' }),
    confidence: z.number().min(0).max(1).optional(),
    provenance: provenanceSchema.optional(),
    note: z.string().max(20000).optional().describe('The analyst\'s own comment: kept apart from the description and never shown to an audience.'),
    edited: editedSchema.optional().describe('The last hand edit, when the event was changed after it was made or extracted.'),
  })
  .describe('Something that happened, when, and the words that support it.');

export const actorSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]).describe('Other names and spellings, in any script.'),
  type: z.enum(['person', 'organisation', 'state', 'group']).optional(),
});

export const LANE_MODES = ['actor', 'kind', 'source'] as const;

/** An instant written as EDTF: a date means 00:00 UTC that day; a date-time carries its offset. */
export const instantSchema = edtfSchema.describe(
  'An instant as EDTF / ISO 8601: 2025-08-12 (00:00 UTC that day) or 2025-08-12T10:15Z.',
);

export const sceneSchema = z
  .object({
    id,
    caption: z.string().min(1).max(300).describe('What the audience reads under the timeline.'),
    notes: z.string().max(5000).default('').describe('Speaker notes, shown only in the presenter console.'),
    window: z
      .object({ from: instantSchema, to: instantSchema })
      .optional()
      .describe('The visible window; absent: fit all events.'),
    lanes: z.enum(LANE_MODES).default('actor'),
    fold: z.boolean().default(true).describe('Fold long empty stretches of time.'),
    filters: z
      .object({
        query: z.string().default(''),
        actors: z.array(id).default([]),
        kinds: z.array(eventKindSchema).default([]),
        sources: z.array(id).default([]),
      })
      .default({ query: '', actors: [], kinds: [], sources: [] }),
    event: id.optional().describe('The selected event: its excerpt is shown.'),
    evidence: z.int().min(0).default(0).describe('Which of the event\'s evidence to show.'),
    showUnreviewed: z
      .boolean()
      .default(false)
      .describe('Show unreviewed and low-confidence events too (hidden in presenter mode by default).'),
  })
  .describe('A saved view: one step of a story.');

export const datasetSchema = z
  .object({
    format: z.literal(DATASET_FORMAT),
    version: z.literal(DATASET_VERSION),
    title: z.string().optional(),
    description: z.string().optional(),
    sources: z.array(sourceSchema),
    actors: z.array(actorSchema).default([]),
    events: z.array(eventSchema),
    scenes: z.array(sceneSchema).default([]).describe('A story: scenes in the order they are presented.'),
  })
  .describe('A Sourceline dataset: sources, actors and the events taken from them.');

export type SourceRecord = z.infer<typeof sourceSchema>;
export type EvidenceRecord = z.infer<typeof evidenceSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type ActorRecord = z.infer<typeof actorSchema>;
export type SceneRecord = z.infer<typeof sceneSchema>;
export type SceneInput = z.input<typeof sceneSchema>;
export type LaneMode = (typeof LANE_MODES)[number];
export type DatasetRecord = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The JSON Schema of the file format, generated from the zod definition. */
export function datasetJsonSchema(): object {
  return { title: 'Sourceline dataset', ...z.toJSONSchema(datasetSchema, { io: 'input' }) };
}
