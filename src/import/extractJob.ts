import type { EventRecord } from '../domain/schema';
import { detectLanguage, extract, resolveReference, type Extraction, type Lang, type Mention } from '../extract';
import type { TextSpan } from './published';

/**
 * Extraction as steps, so that a long text reports progress: the text is cut at
 * paragraph ends into chunks of about `chunkChars`, each extracted with the paragraphs
 * just before it as context (a year or a date named a paragraph earlier still counts),
 * and the results are put back on the whole text's offsets. A text of one chunk — most
 * articles — gets exactly `extract`'s result. Pure; the Web Worker drives it.
 */

export interface ExtractJobOptions {
  /** Publication date-time with its offset ("2025-08-13T10:15+03:00"). */
  readonly published: string;
  /** The analyst's choice; detected from the script when absent. */
  readonly lang?: Lang;
  readonly sourceId?: string;
  /** Spans to leave out (page furniture the analyst confirmed): no mention or candidate inside them. */
  readonly ignore?: readonly TextSpan[];
  /** Characters per chunk. */
  readonly chunkChars?: number;
}

export interface ExtractProgress {
  /** Characters of the text done so far, and in all. */
  readonly done: number;
  readonly total: number;
  /** Chunks done and in all. */
  readonly chunk: number;
  readonly chunks: number;
}

export const DEFAULT_CHUNK_CHARS = 32_000;
/** Context read before a chunk so that rules looking back a paragraph or two still see it. */
const CONTEXT_CHARS = 2_000;

/** Chunk boundaries at paragraph (or at least line) ends. */
export function chunkBoundaries(text: string, chunkChars: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  while (text.length - start > chunkChars) {
    const limit = start + chunkChars;
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start) cut = text.lastIndexOf('\n', limit);
    if (cut <= start) cut = text.indexOf('\n', limit);
    if (cut < 0) break;
    while (text[cut] === '\n') cut++;
    spans.push({ start, end: cut });
    start = cut;
  }
  spans.push({ start, end: text.length });
  return spans;
}

const OFFSET_ID = /^extract-(s?)(\d+)-(\d+)$/u;

function shiftId(id: string, by: number): string {
  const m = OFFSET_ID.exec(id);
  return m ? `extract-${m[1]}${Number(m[2]) + by}-${Number(m[3]) + by}` : id;
}

function inside(spans: readonly TextSpan[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

export function* runExtraction(text: string, options: ExtractJobOptions): Generator<ExtractProgress, Extraction, void> {
  const ref = resolveReference(options.published);
  const lang = options.lang ?? detectLanguage(text);
  const sourceId = options.sourceId ?? 'source';
  const chunks = chunkBoundaries(text, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  let mentions: Mention[] = [];
  let events: EventRecord[];

  if (chunks.length === 1) {
    ({ mentions, events } = extract(text, { published: ref, lang, sourceId }));
    yield { done: text.length, total: text.length, chunk: 1, chunks: 1 };
  } else {
    const byId = new Map<string, EventRecord>();
    for (const [i, chunk] of chunks.entries()) {
      let from = chunk.start;
      if (i > 0) {
        const back = text.lastIndexOf('\n', Math.max(0, chunk.start - CONTEXT_CHARS));
        from = back < 0 ? 0 : back + 1;
      }
      const part = extract(text.slice(from, chunk.end), { published: ref, lang, sourceId });
      for (const m of part.mentions) {
        if (m.start + from >= chunk.start) mentions.push({ ...m, start: m.start + from, end: m.end + from });
      }
      for (const e of part.events) {
        const first = e.evidence[0];
        if (!first || first.start + from < chunk.start) continue;
        const shifted: EventRecord = {
          ...e,
          id: shiftId(e.id, from),
          evidence: e.evidence.map((ev) => ({ ...ev, start: ev.start + from, end: ev.end + from })),
          relations: e.relations.map((r) => ({ ...r, target: shiftId(r.target, from) })),
        };
        const seen = byId.get(shifted.id);
        // An original event ("extract-original-1945-08-15") is named by its date: chunks share it.
        if (seen) seen.evidence.push(...shifted.evidence.filter((ev) => !seen.evidence.some((o) => o.start === ev.start)));
        else byId.set(shifted.id, shifted);
      }
      yield { done: chunk.end, total: text.length, chunk: i + 1, chunks: chunks.length };
    }
    events = [...byId.values()];
  }

  const ignore = options.ignore ?? [];
  if (ignore.length) {
    mentions = mentions.filter((m) => !inside(ignore, m.start, m.end));
    events = events.filter((e) => !e.evidence.every((ev) => inside(ignore, ev.start, ev.end)));
  }
  const ids = new Set(events.map((e) => e.id));
  events = events.map((e) => (e.relations.every((r) => ids.has(r.target)) ? e : { ...e, relations: e.relations.filter((r) => ids.has(r.target)) }));
  return { lang, mentions, events };
}

/** Runs all steps at once (the CLI's and the tests' way). */
export function extractAll(text: string, options: ExtractJobOptions): Extraction {
  const steps = runExtraction(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
