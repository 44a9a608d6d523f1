import { readFileSync } from 'node:fs';
import { dictionary, float64, tableFromArrays, tableFromIPC, tableToIPC, timestamp, TimeUnit, Type, utf8 } from '@uwdata/flechette';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../generate/generateDataset';
import { parseDataset } from '../parseDataset';
import type { DatasetInput, EventRecord } from '../schema';
import { datasetToInput } from '../serializeDataset';
import { readArrowDataset } from './readArrow';
import { datasetToArrow } from './writeArrow';
import { concatStreams, splitStreams } from './framing';

const builtin = JSON.parse(readFileSync(new URL('../../../public/data/builtin.json', import.meta.url), 'utf8')) as DatasetInput;

/** Through Arrow and back must read exactly as the JSON form reads. */
function expectSameAsJson(input: DatasetInput) {
  const fromJson = parseDataset(JSON.parse(JSON.stringify(input)));
  const fromArrow = readArrowDataset(datasetToArrow(input));
  expect(fromArrow.problems).toEqual(fromJson.problems);
  expect(fromArrow.value).toEqual(fromJson.value);
  return fromArrow;
}

const source = { id: 's1', title: 'A text', language: 'en', text: 'On 24 June 1812 the army crossed. 😀 Then in 2150 they left.' };
const quoteOf = (start: number, end: number) => ({ sourceId: 's1', start, end, quote: source.text.slice(start, end) });

function event(id: string, when: string, extra: Partial<EventRecord> = {}): EventRecord {
  return { id, title: `Event ${id}`, when, kind: 'occurrence', actors: [], tags: [], evidence: [], relations: [], review: { status: 'unreviewed' }, ...extra };
}

function small(events: EventRecord[]): DatasetInput {
  return {
    format: 'sourceline/dataset',
    version: 1,
    sources: [source],
    actors: [{ id: 'army', name: 'The army', aliases: ['Армия'], type: 'group' }, { id: 'navy', name: 'Navy', aliases: [] }],
    events,
  };
}

describe('Arrow round-trip with the JSON form', () => {
  it('reads the built-in dataset, story included, as its JSON reads', () => {
    const out = expectSameAsJson(builtin);
    expect(out.value?.scenes?.length).toBeGreaterThan(0);
  });

  it('reads generated data as its JSON reads', () => {
    expectSameAsJson(generateDataset({ events: 800, seed: 7 }));
  });

  it('keeps dates before 1970 and after 2100, spans, open ends, bounds and qualifiers', () => {
    const whens = ['0800', '1066-10-14', '1812-06-24', '1945~', '1969-12-31T23:59Z', '2150-01', '2999-12-31T10:15+03:00', '1914/1918', '2024/..', '[..2025-08-12]', '[1200..1300]', '-0044-03-15'];
    const out = expectSameAsJson(small(whens.map((w, i) => event(`e${i}`, w))));
    expect(out.value!.events.map((e) => e.edtf).sort()).toEqual([...whens].sort());
  });

  it('keeps nulls as absent fields and present optional fields as they were', () => {
    const full = event('full', '1812-06-24', {
      description: 'crossing',
      actors: ['army', 'navy'],
      tags: ['war', 'river'],
      evidence: [{ ...quoteOf(3, 15), when: '1812-06-24' }, quoteOf(34, 36)],
      relations: [{ type: 'follows', target: 'bare' }],
      review: { status: 'accepted', reviewedAt: '2025-01-01T00:00Z', reviewer: 'ana' },
      confidence: 0.25,
      provenance: { method: 'extracted', extractor: 'x 1', rule: 'r', phrase: { start: 3, end: 15 } },
      note: 'mine',
      edited: { at: '2025-02-02T00:00Z', by: 'ana' },
    });
    const out = expectSameAsJson(small([full, event('bare', '2150')]));
    const bare = out.value!.events.find((e) => e.id === 'bare')!;
    expect(Object.keys(bare).sort()).toEqual(['actors', 'edtf', 'evidence', 'extent', 'id', 'kind', 'relations', 'review', 'tags', 'title', 'when']);
  });

  it('reports problems on the same paths as JSON: a bad date, a quote that does not match, an unknown actor', () => {
    const out = expectSameAsJson(
      small([event('a', 'yesterday'), event('b', '2020', { evidence: [{ ...quoteOf(3, 15), quote: 'wrong' }] }), event('c', '2020', { actors: ['ghost'] })]),
    );
    expect(out.problems.map((p) => p.path)).toEqual(['events[0].when', 'events[1].evidence[0].quote', 'events[2].actors']);
  });

  it('round-trips arbitrary titles, quotes and dates', () => {
    const when = fc.oneof(
      fc.integer({ min: -9999, max: 9999 }).map((y) => (y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0'))),
      fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), when, fc.boolean()), { maxLength: 8 }), (rows) => {
        const events = rows.map(([title, w, withEvidence], i) =>
          event(`e${i}`, w, { title: title.trim() === '' ? 'x' : title, evidence: withEvidence ? [quoteOf(37, 39)] : [] }),
        );
        expectSameAsJson(small(events));
      }),
      { numRuns: 40 },
    );
  });
});

describe('the file', () => {
  it('is four Arrow IPC streams, one table each, with actors and kinds dictionary-encoded', () => {
    const streams = splitStreams(datasetToArrow(generateDataset({ events: 50, seed: 1 })));
    const tables = streams.map((s) => tableFromIPC(s));
    expect(tables.map((t) => t.schema.metadata?.get('sourceline:table'))).toEqual(['events', 'evidence', 'sources', 'actors']);
    const events = tables[0]!;
    const typeOf = (name: string) => events.schema.fields.find((f) => f.name === name)!.type;
    expect(typeOf('kind').typeId).toBe(Type.Dictionary);
    expect(typeOf('start').typeId).toBe(Type.Timestamp);
    const actors = typeOf('actors') as { typeId: number; children: { type: { typeId: number } }[] };
    expect(actors.typeId).toBe(Type.List);
    expect(actors.children[0]!.type.typeId).toBe(Type.Dictionary);
    expect(events.schema.metadata?.get('sourceline:format')).toBe('sourceline/dataset');
  });

  it('is smaller than the JSON at 10,000 events (text dominates both; empty columns are left out)', () => {
    const input = generateDataset({ events: 10_000, seed: 3 });
    expect(datasetToArrow(input).length).toBeLessThan(JSON.stringify(input).length * 0.95);
  });

  it('reads a single events table written by a dataframe: timestamps and a precision instead of EDTF, no metadata', () => {
    const table = tableFromArrays(
      {
        id: ['a', 'b', 'c'],
        title: ['Treaty', 'War', 'Launch'],
        // Stored as microseconds, as pandas writes them (flechette takes milliseconds and scales); the reader converts any unit.
        start: [Date.UTC(1648, 9, 24), Date.UTC(1914, 6, 28), Date.UTC(2150, 0, 1, 10, 30)],
        end: [null, Date.UTC(1918, 10, 12), null],
        precision: ['day', 'day', null],
        kind: ['occurrence', 'occurrence', 'report'],
        confidence: [null, 0.5, 1],
      },
      { types: { start: timestamp(TimeUnit.MICROSECOND), end: timestamp(TimeUnit.MICROSECOND), precision: dictionary(utf8()), kind: dictionary(utf8()), confidence: float64() } },
    );
    const out = readArrowDataset(tableToIPC(table, { format: 'stream' })!);
    expect(out.problems).toEqual([]);
    expect(out.value!.events.map((e) => [e.id, e.edtf, e.confidence])).toEqual([
      ['a', '1648-10-24', undefined],
      ['b', '1914-07-28/1918-11-11', 0.5],
      ['c', '2150-01-01T10:30Z', 1],
    ]);
    const file = readArrowDataset(tableToIPC(table, { format: 'file' })!);
    expect(file.value!.events).toHaveLength(3);
  });
});

describe('unusable files', () => {
  const bytes = datasetToArrow(generateDataset({ events: 200, seed: 2 }));

  it.each([
    ['cut in the middle', bytes.subarray(0, Math.floor(bytes.length / 2)), /cut short/],
    ['missing its last bytes', bytes.subarray(0, bytes.length - 3), /cut short/],
    ['not Arrow at all', new TextEncoder().encode('{"format": "sourceline/dataset"}'), /expected a message marker/],
    ['empty', new Uint8Array(0), /no Arrow data/],
  ])('a file %s gets a clear message and no data', (_, input, message) => {
    const out = readArrowDataset(input);
    expect(out.value).toBeNull();
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]!.message).toMatch(/^not a readable Arrow file: /);
    expect(out.problems[0]!.message).toMatch(message);
  });

  it('a file without an events table says so', () => {
    const [, evidence, sources] = splitStreams(bytes);
    const out = readArrowDataset(concatStreams([evidence!, sources!]));
    expect(out.value).toBeNull();
    expect(out.problems[0]!.message).toMatch(/no events table/);
  });

  it('a corrupt message header is caught before decoding', () => {
    const broken = bytes.slice();
    const view = new DataView(broken.buffer);
    const firstStream = splitStreams(bytes)[0]!.length;
    view.setUint32(firstStream + 8, 0x7fffffff, true);
    const out = readArrowDataset(broken);
    expect(out.value).toBeNull();
    expect(out.problems[0]!.message).toMatch(/not a readable Arrow file/);
  });

  it('the same dataset written twice reads the same (the writer is deterministic)', () => {
    const again = datasetToArrow(generateDataset({ events: 200, seed: 2 }));
    expect(again).toEqual(bytes);
    expect(datasetToInput(readArrowDataset(again).value!).events).toHaveLength(200);
  });
});
