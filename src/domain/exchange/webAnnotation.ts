import { z } from 'zod';
import type { Problem } from '../parseDataset';
import type { EventRecord, EvidenceRecord, SourceRecord } from '../schema';
import { codePointToUtf16, utf16ToCodePoint } from './codePoints';

/**
 * Evidence as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/).
 * Each excerpt is an annotation whose target is its source — the source's URL, else
 * `urn:sha256:` of its text — with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector counted in code points, as the model requires (converted from
 * UTF-16 here and nowhere else). The body names the event: its title (describing), its
 * date (EDTF, tagging) and its id (identifying). Reading anchors each annotation on a
 * source whose text matches: by position when the quote is still there, else by the
 * quote itself, the occurrence whose prefix and suffix agree best and that lies nearest.
 */

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created?: string;
  body: { type: 'TextualBody'; value: string; purpose: 'describing' | 'tagging' | 'identifying'; format?: 'text/plain' }[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: Annotation[] };
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** How an annotation names a source: its URL, else a hash of its text. */
export async function sourceTargetOf(source: SourceRecord): Promise<string> {
  return source.url ?? `urn:sha256:${await sha256Hex(source.text)}`;
}

export async function writeWebAnnotations(records: { events: readonly EventRecord[]; sources: readonly SourceRecord[]; label?: string }): Promise<AnnotationCollection> {
  const sources = new Map(records.sources.map((s) => [s.id, s]));
  const targets = new Map<string, string>();
  for (const s of records.sources) targets.set(s.id, await sourceTargetOf(s));
  const items: Annotation[] = [];
  for (const e of records.events) {
    e.evidence.forEach((ev, i) => {
      const source = sources.get(ev.sourceId);
      if (!source) return;
      items.push({
        id: `urn:sourceline:${encodeURIComponent(e.id)}:evidence:${i}`,
        type: 'Annotation',
        motivation: 'describing',
        body: [
          { type: 'TextualBody', value: e.title, purpose: 'describing', format: 'text/plain' },
          { type: 'TextualBody', value: ev.when ?? e.when, purpose: 'tagging' },
          { type: 'TextualBody', value: e.id, purpose: 'identifying' },
        ],
        target: {
          source: targets.get(source.id)!,
          selector: [
            { type: 'TextQuoteSelector', exact: ev.quote, ...contextOf(source.text, ev.start, ev.end) },
            { type: 'TextPositionSelector', start: utf16ToCodePoint(source.text, ev.start), end: utf16ToCodePoint(source.text, ev.end) },
          ],
        },
      });
    });
  }
  return { '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', label: records.label ?? 'Sourceline evidence', total: items.length, first: { type: 'AnnotationPage', items } };
}

/** Up to 32 code units either side, never half a surrogate pair. */
function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (/[\uDC00-\uDFFF]/u.test(text[from] ?? '')) from++;
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (/[\uD800-\uDBFF]/u.test(text[to - 1] ?? '')) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

// ── reading ─────────────────────────────────────────────────────────────────

const selectorSchema = z.union([
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.int().min(0), end: z.int().min(0) }),
  z.object({ type: z.string() }).loose(),
]);
const annotationSchema = z.object({
  id: z.string().optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string())]).optional(),
  body: z.union([z.array(z.object({ value: z.string().optional(), purpose: z.string().optional() }).loose()), z.object({ value: z.string().optional(), purpose: z.string().optional() }).loose()]).optional(),
  target: z.union([z.object({ source: z.string(), selector: z.union([selectorSchema, z.array(selectorSchema)]) }).loose(), z.array(z.unknown())]),
});

/** An annotation anchored on a source: the evidence to add to the event it names. */
export interface AnchoredEvidence {
  readonly eventId: string;
  readonly evidence: EvidenceRecord;
  /** 'position': the offsets still hold; 'quote': found again by its words (the text moved). */
  readonly anchoredBy: 'position' | 'quote';
}

function annotationItems(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== 'object') return null;
  const o = json as Record<string, unknown>;
  if (o.type === 'Annotation') return [json];
  const first = o.first as { items?: unknown } | undefined;
  if (o.type === 'AnnotationCollection' && Array.isArray(first?.items)) return first.items as unknown[];
  if (o.type === 'AnnotationPage' && Array.isArray(o.items)) return o.items as unknown[];
  return null;
}

/** Whether a JSON document is Web Annotations (a collection, a page, one annotation or a list). */
export function isWebAnnotationDocument(json: unknown): boolean {
  const items = annotationItems(json);
  return items !== null && items.length > 0 && items.every((i) => !!i && typeof i === 'object' && ((i as { type?: unknown }).type === 'Annotation' || 'target' in (i as object)));
}

/** Annotations → evidence on the given sources, and a problem for each one that cannot be anchored. */
export async function readWebAnnotations(json: unknown, sources: readonly SourceRecord[]): Promise<{ value: AnchoredEvidence[]; problems: Problem[] }> {
  const items = annotationItems(json);
  if (!items) return { value: [], problems: [{ path: '', message: 'is not a W3C Web Annotation, page or collection', severity: 'error' }] };
  const byTarget = new Map<string, SourceRecord[]>();
  for (const s of sources) {
    for (const key of [s.url, `urn:sha256:${await sha256Hex(s.text)}`]) if (key) byTarget.set(key, [...(byTarget.get(key) ?? []), s]);
  }
  const value: AnchoredEvidence[] = [];
  const problems: Problem[] = [];
  items.forEach((raw, i) => {
    const path = `items[${i}]`;
    const parsed = annotationSchema.safeParse(raw);
    if (!parsed.success || Array.isArray(parsed.data.target)) return problems.push({ path, message: 'has no target with a source and selectors; left out', severity: 'warning' });
    const a = parsed.data;
    const target = a.target as { source: string; selector: unknown };
    const selectors = (Array.isArray(target.selector) ? target.selector : [target.selector]) as { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    const bodies = a.body ? (Array.isArray(a.body) ? a.body : [a.body]) : [];
    const eventId = bodies.find((b) => b.purpose === 'identifying')?.value ?? /^urn:sourceline:([^:]+):evidence:/u.exec(a.id ?? '')?.[1];
    if (!eventId) return problems.push({ path, message: 'does not name a Sourceline event (no identifying body); left out', severity: 'warning' });
    if (!quote?.exact) return problems.push({ path, message: 'has no TextQuoteSelector to anchor by; left out', severity: 'warning' });
    const candidates = byTarget.get(target.source) ?? sources.filter((s) => s.text.includes(quote.exact!));
    for (const source of candidates) {
      const at = anchor(source.text, quote as { exact: string; prefix?: string; suffix?: string }, position as { start: number; end: number } | undefined);
      if (at) {
        value.push({ eventId: decodeURIComponent(eventId), evidence: { sourceId: source.id, start: at.start, end: at.end, quote: quote.exact }, anchoredBy: at.by });
        return;
      }
    }
    problems.push({ path, message: `the quote “${quote.exact.slice(0, 40)}” is in no source of the workspace${candidates.length ? '' : ` (target ${target.source})`}; left out`, severity: 'warning' });
  });
  return { value, problems };
}

/** Where the quote is in `text`: at its position if it still holds, else the best occurrence by context and nearness. */
export function anchor(text: string, quote: { exact: string; prefix?: string; suffix?: string }, position?: { start: number; end: number }): { start: number; end: number; by: 'position' | 'quote' } | null {
  const expected = position ? codePointToUtf16(text, position.start) : null;
  if (expected !== null && text.slice(expected, codePointToUtf16(text, position!.end)) === quote.exact) {
    return { start: expected, end: expected + quote.exact.length, by: 'position' };
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, at - (quote.prefix?.length ?? 0)), at), quote.prefix ?? '') + commonPrefix(text.slice(at + quote.exact.length), quote.suffix ?? '');
    const distance = expected === null ? 0 : Math.abs(at - expected);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best ? { start: best.start, end: best.start + quote.exact.length, by: 'quote' } : null;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
