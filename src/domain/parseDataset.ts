import { z } from 'zod';
import type { Dataset, TimelineEvent } from './dataset';
import { sortEventsByTime } from './dataset';
import {
  actorSchema,
  DATASET_FORMAT,
  DATASET_VERSION,
  eventSchema,
  sourceSchema,
  type ActorRecord,
  type SourceRecord,
} from './schema';
import { extentOf, parseEdtf } from './when';
import { validateScenes } from './scenes';
import { describeIssue, issueCode } from './describeIssue';
import type { MessageCode } from './when';

/**
 * Untrusted data in, typed data out, and nothing rejected silently: every item that
 * fails is left out and named in `problems` with its path and the reason. One bad
 * event never costs the good ones.
 */

export interface Problem {
  /** Where, as a path into the input: "events[3].evidence[0].quote". */
  readonly path: string;
  readonly message: string;
  /** The message as a catalogue key and values, for the interface's language; absent where only the English words exist. */
  readonly code?: MessageCode;
  /** error: the item was left out; warning: it was kept, minus the part named. */
  readonly severity: 'error' | 'warning';
}

export interface ParseOutcome<T> {
  /** null when nothing usable could be read at all. */
  readonly value: T | null;
  readonly problems: readonly Problem[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

const code = (key: string, params: MessageCode['params'] = {}): MessageCode => ({ key: `dataset.${key}`, params });
const withCode = (c: MessageCode | null | undefined): { code?: MessageCode } => (c ? { code: c } : {});

/** Zod's issues as problems in words (see describeIssue); the parse must use `reportInput: true`. */
export function zodProblems(error: z.ZodError, base: readonly PropertyKey[] = [], severity: Problem['severity'] = 'error'): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...base, ...issue.path]),
    message: describeIssue(issue),
    ...withCode(issueCode(issue)),
    severity,
  }));
}

const envelopeSchema = z.object({
  format: z.literal(DATASET_FORMAT, { error: `not a Sourceline dataset: "format" must be "${DATASET_FORMAT}"` }),
  version: z.literal(DATASET_VERSION, { error: `unsupported version: this app reads version ${DATASET_VERSION}` }),
  title: z.string().optional(),
  description: z.string().optional(),
  sources: z.array(z.unknown(), { error: '"sources" must be a list' }),
  actors: z.array(z.unknown(), { error: '"actors" must be a list' }).default([]),
  events: z.array(z.unknown(), { error: '"events" must be a list' }),
  scenes: z.array(z.unknown(), { error: '"scenes" must be a list' }).default([]),
});

export function parseDataset(input: unknown): ParseOutcome<Dataset> {
  const problems: Problem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { value: null, problems: [{ path: '(root)', message: 'expected a JSON object', code: code('notAnObject'), severity: 'error' }] };
  }
  const envelope = envelopeSchema.safeParse(input, { reportInput: true });
  if (!envelope.success) return { value: null, problems: zodProblems(envelope.error, [], 'error') };
  const raw = envelope.data;

  const sources = readSources(raw.sources, ['sources'], problems);
  const actors = readActors(raw.actors, ['actors'], problems);

  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  const known = { sources, actors };
  raw.events.forEach((item, i) => {
    const parsed = parseEventItem(item, ['events', i], known);
    problems.push(...parsed.problems);
    if (!parsed.event) return;
    if (seen.has(parsed.event.id)) {
      return void problems.push({ path: `events[${i}].id`, message: `duplicate event id "${parsed.event.id}"`, code: code('duplicateEvent', { id: parsed.event.id }), severity: 'error' });
    }
    seen.add(parsed.event.id);
    events.push(parsed.event);
  });

  // Relations can point forward, so they are checked once every event is known.
  const checked = withoutDanglingRelations(events, seen, (event) => {
    const i = raw.events.findIndex((e) => (e as { id?: unknown })?.id === event.id);
    return `events[${i}].relations`;
  }, problems);

  return { value: assembleDataset(raw, sources, actors, sortEventsByTime(checked), raw.scenes, seen, problems), problems };
}

/**
 * A dataset from its checked parts: the scenes validated against what it holds (a scene
 * naming an unknown event loses that reference, with a warning in `problems`).
 */
export function assembleDataset(
  header: { readonly title?: string | undefined; readonly description?: string | undefined },
  sources: ReadonlyMap<string, SourceRecord>,
  actors: ReadonlyMap<string, ActorRecord>,
  events: readonly TimelineEvent[],
  scenes: readonly unknown[],
  eventIds: { has(id: string): boolean },
  problems: Problem[],
): Dataset {
  const story = validateScenes(scenes, { events: eventIds, actors: new Set(actors.keys()), sources: new Set(sources.keys()) });
  problems.push(...story.problems);
  return {
    ...(header.title !== undefined ? { title: header.title } : {}),
    ...(header.description !== undefined ? { description: header.description } : {}),
    sources: [...sources.values()],
    actors: [...actors.values()],
    events,
    scenes: story.scenes,
  };
}

/** Untrusted sources by id; the ones left out, and publication dates dropped, are named in `problems`. */
export function readSources(items: readonly unknown[], path: readonly PropertyKey[], problems: Problem[], into = new Map<string, SourceRecord>()): Map<string, SourceRecord> {
  items.forEach((item, i) => {
    const r = sourceSchema.safeParse(item, { reportInput: true });
    if (!r.success) return void problems.push(...zodProblems(r.error, [...path, i], 'error'));
    if (into.has(r.data.id)) {
      return void problems.push({ path: `${formatPath([...path, i])}.id`, message: `duplicate source id "${r.data.id}"`, code: code('duplicateSource', { id: r.data.id }), severity: 'error' });
    }
    if (r.data.published !== undefined) {
      const when = parseEdtf(r.data.published);
      if (!when.ok || when.value.type !== 'point') {
        problems.push({
          path: `${formatPath([...path, i])}.published`,
          message: when.ok ? 'publication must be a single date' : when.reason,
          ...withCode(when.ok ? code('publicationPoint') : when.problem),
          severity: 'warning',
        });
        const { published: _dropped, ...rest } = r.data;
        return void into.set(rest.id, rest);
      }
    }
    into.set(r.data.id, r.data);
  });
  return into;
}

/** Untrusted actors by id; the ones left out are named in `problems`. */
export function readActors(items: readonly unknown[], path: readonly PropertyKey[], problems: Problem[]): Map<string, ActorRecord> {
  const actors = new Map<string, ActorRecord>();
  items.forEach((item, i) => {
    const r = actorSchema.safeParse(item, { reportInput: true });
    if (!r.success) return void problems.push(...zodProblems(r.error, [...path, i], 'error'));
    if (actors.has(r.data.id)) {
      return void problems.push({ path: `${formatPath([...path, i])}.id`, message: `duplicate actor id "${r.data.id}"`, code: code('duplicateActor', { id: r.data.id }), severity: 'error' });
    }
    actors.set(r.data.id, r.data);
  });
  return actors;
}

/** What an event may refer to: the dataset's sources (evidence) and actors. */
export interface EventReferences {
  readonly sources: ReadonlyMap<string, SourceRecord>;
  readonly actors: ReadonlyMap<string, unknown>;
}

/**
 * One untrusted event: the event, or null with the reason it was left out. Its evidence
 * must match its sources' text exactly; unknown actors are left out with a warning.
 * Duplicate ids and relations are the caller's to check: they depend on the other events.
 */
export function parseEventItem(item: unknown, path: readonly PropertyKey[], refs: EventReferences): { event: TimelineEvent | null; problems: Problem[] } {
  const at = (suffix: string) => `${formatPath(path)}${suffix}`;
  const fail = (problem: Problem) => ({ event: null, problems: [problem] });
  const r = eventSchema.safeParse(item, { reportInput: true });
  if (!r.success) return { event: null, problems: zodProblems(r.error, path, 'error') };
  const record = r.data;
  const when = parseEdtf(record.when);
  if (!when.ok) return fail({ path: at('.when'), message: when.reason, ...withCode(when.problem), severity: 'error' });

  for (const [j, ev] of record.evidence.entries()) {
    const source = refs.sources.get(ev.sourceId);
    const evidencePath = at(`.evidence[${j}]`);
    if (!source) return fail({ path: `${evidencePath}.sourceId`, message: `no source with id "${ev.sourceId}"`, code: code('noSource', { id: ev.sourceId }), severity: 'error' });
    if (ev.end < ev.start || ev.end > source.text.length) {
      return fail({
        path: evidencePath,
        message: `span ${ev.start}–${ev.end} is outside the source text (length ${source.text.length})`,
        code: code('spanOutside', { start: ev.start, end: ev.end, length: source.text.length }),
        severity: 'error',
      });
    }
    const split = [ev.start, ev.end].find((offset) => splitsSurrogatePair(source.text, offset));
    if (split !== undefined) {
      return fail({
        path: evidencePath,
        message: `span ${ev.start}–${ev.end} cuts a character in two at ${split}; a span must start and end between whole characters`,
        code: code('spanSplits', { start: ev.start, end: ev.end, at: split }),
        severity: 'error',
      });
    }
    const actual = source.text.slice(ev.start, ev.end);
    if (actual !== ev.quote) {
      return fail({
        path: `${evidencePath}.quote`,
        message: `quote does not match the source at ${ev.start}–${ev.end} (the text there is "${truncate(actual, 60)}")`,
        code: code('quoteMismatch', { start: ev.start, end: ev.end, actual: truncate(actual, 60) }),
        severity: 'error',
      });
    }
  }

  const problems: Problem[] = [];
  const unknownActors = record.actors.filter((a) => !refs.actors.has(a));
  if (unknownActors.length > 0) {
    problems.push({ path: at('.actors'), message: `unknown actor ids left out: ${unknownActors.join(', ')}`, code: code('unknownActors', { ids: unknownActors.join(', ') }), severity: 'warning' });
  }
  // zod hands back a fresh object: it is extended in place rather than copied again,
  // which at 100,000 events saves a copy of every event (and the garbage it leaves).
  const event = record as unknown as { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] };
  event.edtf = record.when;
  event.when = when.value;
  event.extent = extentOf(when.value);
  if (unknownActors.length) event.actors = record.actors.filter((a) => refs.actors.has(a));
  return { event, problems };
}

/**
 * The events with relations to ids outside `known` left out, each such event named in a
 * warning at `pathOf(event)`. Events without dangling relations are returned as they are.
 */
export function withoutDanglingRelations(
  events: readonly TimelineEvent[],
  known: { has(id: string): boolean },
  pathOf: (event: TimelineEvent) => string,
  problems: Problem[],
): TimelineEvent[] {
  return events.map((event) => {
    if (event.relations.length === 0) return event;
    const dangling = event.relations.filter((rel) => !known.has(rel.target));
    if (dangling.length === 0) return event;
    problems.push({
      path: pathOf(event),
      message: `relations to unknown events left out: ${dangling.map((d) => d.target).join(', ')}`,
      code: code('danglingRelations', { ids: dangling.map((d) => d.target).join(', ') }),
      severity: 'warning',
    });
    return { ...event, relations: event.relations.filter((rel) => known.has(rel.target)) };
  });
}

/** True when offset `at` falls between the two halves of one character (a surrogate pair: an emoji, a rare CJK ideograph). */
export function splitsSurrogatePair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
