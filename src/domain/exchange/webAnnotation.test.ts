import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EventRecord, SourceRecord } from '../schema';
import { anchor, isWebAnnotationDocument, readWebAnnotations, sha256Hex, writeWebAnnotations } from './webAnnotation';

const text = 'Сводка 😀😀 from 𠀋𠀋 Pyongyang: the treaty was signed 😀 on 19 June. Later 𠀋 the treaty was signed again.';
const quote = 'the treaty was signed';
const first = text.indexOf(quote);
const second = text.indexOf(quote, first + 1);
const source: SourceRecord = { id: 'src-1', title: 'Report', language: 'en', text };
const event = (id: string, start: number): EventRecord => ({
  id, title: `Event ${id}`, when: '2024-06-19', kind: 'occurrence', actors: [], tags: [], relations: [], review: { status: 'accepted' },
  evidence: [{ sourceId: 'src-1', start, end: start + quote.length, quote }],
});

describe('writing Web Annotations', () => {
  it('counts positions in code points, names the event in the body, and targets the text by hash when there is no URL', async () => {
    const doc = await writeWebAnnotations({ sources: [source], events: [event('treaty', second)] });
    expect(doc).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1 });
    const a = doc.first.items[0]!;
    expect(a.target.source).toBe(`urn:sha256:${await sha256Hex(text)}`);
    const [q, p] = a.target.selector;
    expect(p.start).toBe([...text.slice(0, second)].length);
    expect(p.start).toBeLessThan(second);
    expect(p.end - p.start).toBe([...quote].length);
    expect(q.exact).toBe(quote);
    expect(q.prefix.endsWith('𠀋 ')).toBe(true);
    expect(a.body.map((b) => [b.purpose, b.value])).toEqual([['describing', 'Event treaty'], ['tagging', '2024-06-19'], ['identifying', 'treaty']]);
    expect(isWebAnnotationDocument(doc)).toBe(true);
  });

  it('never cuts a surrogate pair in the prefix or suffix', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), async (s, a, b) => {
        const chars = [...s];
        const i = a % chars.length;
        const j = i + 1 + (b % (chars.length - i));
        const start = chars.slice(0, i).join('').length;
        const end = chars.slice(0, j).join('').length;
        const doc = await writeWebAnnotations({ sources: [{ ...source, text: s }], events: [{ ...event('e', 0), evidence: [{ sourceId: 'src-1', start, end, quote: s.slice(start, end) }] }] });
        const q = doc.first.items[0]!.target.selector[0];
        return !/^[\uDC00-\uDFFF]/u.test(q.prefix) && !/[\uD800-\uDBFF]$/u.test(q.suffix);
      }),
      { numRuns: 100 },
    );
  });
});

describe('reading them back', () => {
  it('anchors by position on the same text, with UTF-16 offsets that slice to the quote', async () => {
    const doc = await writeWebAnnotations({ sources: [{ ...source, url: 'https://example.org/a' }], events: [event('treaty', second)] });
    const { value, problems } = await readWebAnnotations(JSON.parse(JSON.stringify(doc)), [{ ...source, url: 'https://example.org/a' }]);
    expect(problems).toEqual([]);
    expect(value).toEqual([{ eventId: 'treaty', anchoredBy: 'position', evidence: { sourceId: 'src-1', start: second, end: second + quote.length, quote } }]);
  });

  it('re-anchors by quote when the text moved, choosing the occurrence its prefix names', async () => {
    const doc = await writeWebAnnotations({ sources: [source], events: [event('treaty', second)] });
    const moved = `Update 😀 𠀋: ${text}`;
    const { value } = await readWebAnnotations(doc, [{ ...source, id: 'src-2', text: moved }]);
    const ev = value[0]!.evidence;
    expect(value[0]!.anchoredBy).toBe('quote');
    expect(ev.start).toBe(moved.indexOf(quote, moved.indexOf(quote) + 1));
    expect(moved.slice(ev.start, ev.end)).toBe(quote);
  });

  it('lists what cannot be anchored or does not name an event', async () => {
    const doc = await writeWebAnnotations({ sources: [source], events: [event('treaty', first)] });
    const { value, problems } = await readWebAnnotations(doc, [{ ...source, text: 'Nothing alike.' }]);
    expect(value).toEqual([]);
    expect(problems[0]!.message).toMatch(/the quote “the treaty was signed” is in no source/u);
    const anonymous = { type: 'Annotation', target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: 'treaty' } } };
    expect((await readWebAnnotations([anonymous], [source])).problems[0]!.message).toMatch(/does not name a Sourceline event/u);
    expect((await readWebAnnotations({ type: 'Other' }, [source])).problems[0]!.severity).toBe('error');
  });

  it('anchor keeps the position whenever the quote is still there, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (before, exact, after) => {
        const t = before + exact + after;
        const points = [...before].length;
        const r = anchor(t, { exact }, { start: points, end: points + [...exact].length });
        return r !== null && r.by === 'position' && t.slice(r.start, r.end) === exact && r.start === before.length;
      }),
    );
  });
});
