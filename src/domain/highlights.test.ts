import { describe, expect, it } from 'vitest';
import {
  alignSpansToCodePoints,
  eventsOfSegment,
  segmentEmphasis,
  segmentSpans,
  spansForSource,
  type HighlightSpan,
  type Segment,
} from './highlights';
import { parseDataset } from './parseDataset';
import builtin from '../../public/data/builtin.json';

const span = (start: number, end: number, eventId = 'e', evidenceIndex = 0): HighlightSpan => ({ start, end, eventId, evidenceIndex });

/** Segments as [start, end, "ids"] for compact expectations. */
const compact = (segments: Segment[]) => segments.map((s) => [s.start, s.end, s.spans.map((x) => x.eventId).join(' ')]);

describe('segmentSpans', () => {
  it('returns one plain segment when nothing is highlighted', () => {
    expect(compact(segmentSpans(10, []))).toEqual([[0, 10, '']]);
  });

  it('returns nothing for an empty text', () => {
    expect(segmentSpans(0, [span(0, 3)])).toEqual([]);
  });

  it('cuts around a single span', () => {
    expect(compact(segmentSpans(10, [span(2, 5, 'a')]))).toEqual([
      [0, 2, ''],
      [2, 5, 'a'],
      [5, 10, ''],
    ]);
  });

  it('handles a span covering the whole text', () => {
    expect(compact(segmentSpans(4, [span(0, 4, 'a')]))).toEqual([[0, 4, 'a']]);
  });

  it('splits partly overlapping spans into three covered parts', () => {
    expect(compact(segmentSpans(10, [span(1, 6, 'a'), span(4, 9, 'b')]))).toEqual([
      [0, 1, ''],
      [1, 4, 'a'],
      [4, 6, 'a b'],
      [6, 9, 'b'],
      [9, 10, ''],
    ]);
  });

  it('lists the outer span first in nested spans, whatever the input order', () => {
    expect(compact(segmentSpans(10, [span(3, 5, 'inner'), span(1, 8, 'outer')]))).toEqual([
      [0, 1, ''],
      [1, 3, 'outer'],
      [3, 5, 'outer inner'],
      [5, 8, 'outer'],
      [8, 10, ''],
    ]);
  });

  it('keeps adjacent spans apart with no plain text between them', () => {
    expect(compact(segmentSpans(6, [span(0, 3, 'a'), span(3, 6, 'b')]))).toEqual([
      [0, 3, 'a'],
      [3, 6, 'b'],
    ]);
  });

  it('handles identical spans and spans sharing one end', () => {
    expect(compact(segmentSpans(8, [span(2, 6, 'a'), span(2, 6, 'b'), span(4, 6, 'c')]))).toEqual([
      [0, 2, ''],
      [2, 4, 'a b'],
      [4, 6, 'a b c'],
      [6, 8, ''],
    ]);
  });

  it('ignores empty and inverted spans and clamps spans to the text', () => {
    expect(compact(segmentSpans(5, [span(2, 2, 'empty'), span(4, 1, 'inverted'), span(-3, 2, 'a'), span(3, 99, 'b')]))).toEqual([
      [0, 2, 'a'],
      [2, 3, ''],
      [3, 5, 'b'],
    ]);
  });

  it('keeps each span object and its evidence index', () => {
    const a = span(0, 2, 'a', 3);
    const [first] = segmentSpans(4, [a]);
    expect(first!.spans[0]).toBe(a);
  });

  it('produces segments that tile the text with no gaps', () => {
    const spans = Array.from({ length: 200 }, (_, i) => span((i * 37) % 500, ((i * 37) % 500) + 1 + ((i * 13) % 60), `e${i}`));
    const segments = segmentSpans(600, spans);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(600);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    // Each segment is covered by exactly the spans that contain it.
    for (const seg of segments) {
      const covering = spans.filter((s) => s.start <= seg.start && s.end >= seg.end).map((s) => s.eventId).sort();
      expect(seg.spans.map((s) => s.eventId).sort()).toEqual(covering);
    }
  });

  it('handles 100,000 chained overlaps, each segment covered by at most two spans', () => {
    const spans = Array.from({ length: 100_000 }, (_, i) => span(i * 3, i * 3 + 5, `e${i}`));
    const segments = segmentSpans(300_010, spans);
    expect(segments.length).toBe(200_000); // 100,000 starts, 100,000 ends and the end of the text
    expect(segments.reduce((m, s) => Math.max(m, s.spans.length), 0)).toBe(2);
  });
});

describe('alignSpansToCodePoints', () => {
  const text = 'a😀b𝄞c'; // 😀 and 𝄞 are two UTF-16 code units each: a=0, 😀=1–2, b=3, 𝄞=4–5, c=6

  it('counts offsets in UTF-16 code units, so aligned spans around astral characters stay as they are', () => {
    const s = span(1, 3, 'emoji');
    expect(text.slice(1, 3)).toBe('😀');
    expect(alignSpansToCodePoints(text, [s])[0]).toBe(s);
    expect(compact(segmentSpans(text.length, [s, span(4, 6, 'clef')]))).toEqual([
      [0, 1, ''],
      [1, 3, 'emoji'],
      [3, 4, ''],
      [4, 6, 'clef'],
      [6, 7, ''],
    ]);
  });

  it('widens a span whose ends fall inside a surrogate pair', () => {
    expect(alignSpansToCodePoints(text, [span(2, 5, 'x')])[0]).toMatchObject({ start: 1, end: 6 });
  });

  it('leaves spans at the very ends of the text alone', () => {
    expect(alignSpansToCodePoints('😀', [span(0, 2)])[0]).toMatchObject({ start: 0, end: 2 });
  });
});

describe('eventsOfSegment and segmentEmphasis', () => {
  const seg: Segment = { start: 0, end: 3, spans: [span(0, 9, 'a', 1), span(0, 5, 'b', 0), span(0, 3, 'a', 0)] };

  it('lists each event once, with its first evidence span there', () => {
    expect(eventsOfSegment(seg)).toEqual([
      { eventId: 'a', evidenceIndex: 1 },
      { eventId: 'b', evidenceIndex: 0 },
    ]);
  });

  it('tells the shown excerpt from other excerpts of the selected event', () => {
    expect(segmentEmphasis(seg, 'a', 0)).toBe('current');
    expect(segmentEmphasis(seg, 'b', 0)).toBe('current');
    expect(segmentEmphasis(seg, 'b', 1)).toBe('related');
    expect(segmentEmphasis(seg, 'c', 0)).toBe('none');
    expect(segmentEmphasis(seg, null, 0)).toBe('none');
  });
});

describe('on the built-in article', () => {
  const dataset = parseDataset(builtin).value!;
  const source = dataset.sources[0]!;
  const spans = spansForSource(dataset.events, source.id);

  it('finds every evidence span of the source', () => {
    expect(spans.length).toBe(dataset.events.reduce((n, e) => n + e.evidence.filter((x) => x.sourceId === source.id).length, 0));
  });

  it('puts overlapping excerpts in one segment with all their events', () => {
    const segments = segmentSpans(source.text.length, spans);
    const shared = segments.filter((s) => new Set(s.spans.map((x) => x.eventId)).size === 3).flatMap(eventsOfSegment);
    expect(new Set(shared.map((s) => s.eventId))).toEqual(new Set(['putin-congratulates', 'liberation-80th', 'korea-liberated-1945']));
    // The text of the segments reassembles the source exactly.
    expect(segments.map((s) => source.text.slice(s.start, s.end)).join('')).toBe(source.text);
  });
});
