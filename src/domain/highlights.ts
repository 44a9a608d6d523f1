import type { TimelineEvent } from './dataset';

/**
 * Highlighted excerpts in a source text. Evidence spans may nest, overlap or touch, so
 * the text is cut at every span boundary into segments that do not overlap; each
 * segment knows every span covering it, and the reader draws one <mark> per covered
 * segment. Offsets are UTF-16 code units, as everywhere in the dataset.
 */

export interface HighlightSpan {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly eventId: string;
  /** Index into the event's evidence list, or DATE_PHRASE for a candidate's date words. */
  readonly evidenceIndex: number;
}

/** The span of the words that gave a candidate its date, inside its excerpt. */
export const DATE_PHRASE = -1;

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** The spans covering this segment, in the order they begin (longer first on ties); empty for plain text. */
  readonly spans: readonly HighlightSpan[];
}

/**
 * Cuts [0, length) into ordered, non-overlapping segments at every span boundary.
 * Spans are clamped to the text; empty or inverted spans cover nothing and are ignored.
 * O(n log n) in the number of spans, plus the size of the output.
 */
export function segmentSpans(length: number, spans: readonly HighlightSpan[]): Segment[] {
  const total = Math.max(0, Math.floor(length));
  if (total === 0) return [];

  // Clamp, drop empty spans, and order them as they should be listed: by start, longer first, then input order.
  const kept = spans
    .map((span, order) => ({ span, order, start: clamp(span.start, total), end: clamp(span.end, total) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);

  // Boundary points: the text's ends plus every start and end, without repeats.
  const points = [0, total];
  for (const s of kept) points.push(s.start, s.end);
  points.sort((a, b) => a - b);
  const cuts = points.filter((p, i) => i === 0 || p !== points[i - 1]);

  // Spans ordered by end, to retire them as the sweep passes their end.
  const byEnd = kept.map((_, i) => i).sort((a, b) => kept[a]!.end - kept[b]!.end);

  const segments: Segment[] = [];
  // Indices into `kept`. A Set iterates in insertion order, and spans are inserted in
  // listing order, so it never needs sorting.
  const active = new Set<number>();
  let nextStart = 0;
  let nextEnd = 0;
  for (let c = 0; c < cuts.length - 1; c++) {
    const p = cuts[c]!;
    while (nextEnd < byEnd.length && kept[byEnd[nextEnd]!]!.end <= p) active.delete(byEnd[nextEnd++]!);
    while (nextStart < kept.length && kept[nextStart]!.start <= p) active.add(nextStart++);
    segments.push({ start: p, end: cuts[c + 1]!, spans: Array.from(active, (i) => kept[i]!.span) });
  }
  return segments;
}

function clamp(n: number, total: number): number {
  if (!Number.isFinite(n)) return n > 0 ? total : 0;
  return Math.min(total, Math.max(0, Math.floor(n)));
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Widens spans whose ends fall between the two halves of a surrogate pair, so that
 * no mark cuts an emoji or a rare CJK character in half. Aligned spans are kept as they are.
 */
export function alignSpansToCodePoints<S extends HighlightSpan>(text: string, spans: readonly S[]): S[] {
  const splitsPair = (i: number) =>
    i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
  return spans.map((s) => {
    const start = splitsPair(s.start) ? s.start - 1 : s.start;
    const end = splitsPair(s.end) ? s.end + 1 : s.end;
    return start === s.start && end === s.end ? s : { ...s, start, end };
  });
}

/** Every evidence span of every event that lies in the given source. */
export function spansForSource(events: readonly TimelineEvent[], sourceId: string): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const event of events) {
    event.evidence.forEach((ev, evidenceIndex) => {
      if (ev.sourceId === sourceId) spans.push({ start: ev.start, end: ev.end, eventId: event.id, evidenceIndex });
    });
  }
  return spans;
}

/** The distinct events covering a segment, each with the first of its evidence spans there. */
export function eventsOfSegment(segment: Segment): { eventId: string; evidenceIndex: number }[] {
  const seen = new Map<string, number>();
  for (const s of segment.spans) if (!seen.has(s.eventId)) seen.set(s.eventId, s.evidenceIndex);
  return [...seen].map(([eventId, evidenceIndex]) => ({ eventId, evidenceIndex }));
}

/**
 * How a segment relates to the selection: part of the excerpt being shown (`current`),
 * part of another excerpt of the selected event (`related`), or neither.
 */
export type SegmentEmphasis = 'current' | 'related' | 'none';

export function segmentEmphasis(segment: Segment, selectedEventId: string | null, selectedEvidence: number): SegmentEmphasis {
  if (selectedEventId === null) return 'none';
  let related = false;
  for (const s of segment.spans) {
    if (s.eventId !== selectedEventId) continue;
    if (s.evidenceIndex === selectedEvidence) return 'current';
    related = true;
  }
  return related ? 'related' : 'none';
}
