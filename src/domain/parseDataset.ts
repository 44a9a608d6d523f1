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

  const sources = new Map<string, SourceRecord>();
  raw.sources.forEach((item, i) => {
    const r = sourceSchema.safeParse(item, { reportInput: true });
    if (!r.success) return void problems.push(...zodProblems(r.error, ['sources', i], 'error'));
    if (sources.has(r.data.id)) {
      return void problems.push({ path: `sources[${i}].id`, message: `duplicate source id "${r.data.id}"`, code: code('duplicateSource', { id: r.data.id }), severity: 'error' });
    }
    if (r.data.published !== undefined) {
      const when = parseEdtf(r.data.published);
      if (!when.ok || when.value.type !== 'point') {
        problems.push({
          path: `sources[${i}].published`,
          message: when.ok ? 'publication must be a single date' : when.reason,
          ...withCode(when.ok ? code('publicationPoint') : when.problem),
          severity: 'warning',
        });
        const { published: _dropped, ...rest } = r.data;
        return void sources.set(rest.id, rest);
      }
    }
    sources.set(r.data.id, r.data);
  });

  const actors = new Map<string, ActorRecord>();
  raw.actors.forEach((item, i) => {
    const r = actorSchema.safeParse(item, { reportInput: true });
    if (!r.success) return void problems.push(...zodProblems(r.error, ['actors', i], 'error'));
    if (actors.has(r.data.id)) {
      return void problems.push({ path: `actors[${i}].id`, message: `duplicate actor id "${r.data.id}"`, code: code('duplicateActor', { id: r.data.id }), severity: 'error' });
    }
    actors.set(r.data.id, r.data);
  });

  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  raw.events.forEach((item, i) => {
    const at = (suffix: string) => `events[${i}]${suffix}`;
    const r = eventSchema.safeParse(item, { reportInput: true });
    if (!r.success) return void problems.push(...zodProblems(r.error, ['events', i], 'error'));
    const record = r.data;
    if (seen.has(record.id)) {
      return void problems.push({ path: at('.id'), message: `duplicate event id "${record.id}"`, code: code('duplicateEvent', { id: record.id }), severity: 'error' });
    }
    const when = parseEdtf(record.when);
    if (!when.ok) return void problems.push({ path: at('.when'), message: when.reason, ...withCode(when.problem), severity: 'error' });

    for (const [j, ev] of record.evidence.entries()) {
      const source = sources.get(ev.sourceId);
      const path = at(`.evidence[${j}]`);
      if (!source) return void problems.push({ path: `${path}.sourceId`, message: `no source with id "${ev.sourceId}"`, code: code('noSource', { id: ev.sourceId }), severity: 'error' });
      if (ev.end < ev.start || ev.end > source.text.length) {
        return void problems.push({
          path,
          message: `span ${ev.start}–${ev.end} is outside the source text (length ${source.text.length})`,
          code: code('spanOutside', { start: ev.start, end: ev.end, length: source.text.length }),
          severity: 'error',
        });
      }
      const split = [ev.start, ev.end].find((at) => splitsSurrogatePair(source.text, at));
      if (split !== undefined) {
        return void problems.push({
          path,
          message: `span ${ev.start}–${ev.end} cuts a character in two at ${split}; a span must start and end between whole characters`,
          code: code('spanSplits', { start: ev.start, end: ev.end, at: split }),
          severity: 'error',
        });
      }
      const actual = source.text.slice(ev.start, ev.end);
      if (actual !== ev.quote) {
        return void problems.push({
          path: `${path}.quote`,
          message: `quote does not match the source at ${ev.start}–${ev.end} (the text there is "${truncate(actual, 60)}")`,
          code: code('quoteMismatch', { start: ev.start, end: ev.end, actual: truncate(actual, 60) }),
          severity: 'error',
        });
      }
    }

    const unknownActors = record.actors.filter((a) => !actors.has(a));
    if (unknownActors.length > 0) {
      problems.push({ path: at('.actors'), message: `unknown actor ids left out: ${unknownActors.join(', ')}`, code: code('unknownActors', { ids: unknownActors.join(', ') }), severity: 'warning' });
    }
    seen.add(record.id);
    // zod hands back a fresh object: it is extended in place rather than copied again,
    // which at 100,000 events saves a copy of every event (and the garbage it leaves).
    const event = record as unknown as { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] };
    event.edtf = record.when;
    event.when = when.value;
    event.extent = extentOf(when.value);
    if (unknownActors.length) event.actors = record.actors.filter((a) => actors.has(a));
    events.push(event);
  });

  // Relations can point forward, so they are checked once every event is known.
  const checked = events.map((event) => {
    const dangling = event.relations.filter((rel) => !seen.has(rel.target));
    if (dangling.length === 0) return event;
    const i = raw.events.findIndex((e) => (e as { id?: unknown })?.id === event.id);
    problems.push({
      path: `events[${i}].relations`,
      message: `relations to unknown events left out: ${dangling.map((d) => d.target).join(', ')}`,
      code: code('danglingRelations', { ids: dangling.map((d) => d.target).join(', ') }),
      severity: 'warning',
    });
    return { ...event, relations: event.relations.filter((rel) => seen.has(rel.target)) };
  });

  const story = validateScenes(raw.scenes, {
    events: seen,
    actors: new Set(actors.keys()),
    sources: new Set(sources.keys()),
  });
  problems.push(...story.problems);

  return {
    value: {
      ...(raw.title !== undefined ? { title: raw.title } : {}),
      ...(raw.description !== undefined ? { description: raw.description } : {}),
      sources: [...sources.values()],
      actors: [...actors.values()],
      events: sortEventsByTime(checked),
      scenes: story.scenes,
    },
    problems,
  };
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
