import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import builtin from '../../../public/data/builtin.json';
import { datasetSchema, type EventRecord } from '../schema';
import { actorNames, chronologyZip, eventsTable, evidenceTable, sourcesTable } from './csvExport';
import { EVENT_COLUMNS, EVIDENCE_COLUMNS, SOURCE_COLUMNS } from './tableColumns';

const dataset = datasetSchema.parse(builtin);
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

function rows(text: string, delimiter = ','): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const hostile: EventRecord = {
  id: 'e-hostile',
  title: '=HYPERLINK("http://example.invalid","click")',
  when: '-0044-03-15',
  kind: 'occurrence',
  actors: ['caesar'],
  tags: ['a|b', '@tag'],
  evidence: [],
  relations: [],
  review: { status: 'accepted' },
  description: '+1 line one\nline two, with "quotes"',
  note: '<script>alert(1)</script>',
};

describe('events table', () => {
  it('has the documented columns and one row per event', () => {
    const [header, ...body] = rows(eventsTable(dataset.events));
    expect(header).toEqual([...EVENT_COLUMNS]);
    expect(body).toHaveLength(dataset.events.length);
    const treaty = body.find((r) => r[1] === '2024-06-19')!;
    expect(treaty[2]).toBe('day');
    expect(treaty[10]).toBe(dataset.events.find((e) => e.when === '2024-06-19')!.evidence[0]!.sourceId);
  });

  it('neutralises cells that a spreadsheet would run as formulas, and keeps line breaks and quotes', () => {
    const [, row] = rows(eventsTable([hostile]));
    expect(row![4]).toBe(`'=HYPERLINK("http://example.invalid","click")`);
    expect(row![1]).toBe(`'-0044-03-15`);
    expect(row![6]).toBe('a\\|b|@tag');
    expect(row![8]).toBe(`'+1 line one\nline two, with "quotes"`);
    expect(row![9]).toBe('<script>alert(1)</script>');
    for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
  });

  it('writes TSV with tabs, and a cell that starts with a tab is neutralised', () => {
    const text = eventsTable([{ ...hostile, title: '\tstarts with a tab' }], '\t');
    const [header, row] = rows(text, '\t');
    expect(header).toEqual([...EVENT_COLUMNS]);
    expect(row![4]).toBe(`'\tstarts with a tab`);
  });
});

describe('evidence and sources tables', () => {
  it('lists every excerpt with offsets that slice to its quote', () => {
    const [header, ...body] = rows(evidenceTable(dataset.events));
    expect(header).toEqual([...EVIDENCE_COLUMNS]);
    expect(body).toHaveLength(dataset.events.reduce((n, e) => n + e.evidence.length, 0));
    const text = dataset.sources[0]!.text;
    for (const [, , start, end, quote] of body) expect(text.slice(Number(start), Number(end))).toBe(quote);
  });

  it('keeps the full text of every source, Cyrillic intact', () => {
    const [header, ...body] = rows(sourcesTable(dataset.sources));
    expect(header).toEqual([...SOURCE_COLUMNS]);
    expect(body[0]![8]).toBe(dataset.sources[0]!.text);
    expect(body[0]![8]).toMatch(/Пхеньян|Путин/u);
    expect(body[0]![6]).toBe(dataset.sources[0]!.publishedZone ?? '');
  });
});

describe('chronology ZIP', () => {
  it('holds the three tables, and the same chronology gives the same bytes', () => {
    const zip = chronologyZip(dataset);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['events.csv', 'evidence.csv', 'sources.csv']);
    expect(utf8(files['events.csv']!)).toBe(eventsTable(dataset.events, ',', actorNames(dataset.actors)));
    expect(utf8(files['events.csv']!)).toContain('Vladimir Putin');
    expect(utf8(files['sources.csv']!)).toBe(sourcesTable(dataset.sources));
    expect(chronologyZip(dataset)).toEqual(zip);
  });
});

describe('actors by name', () => {
  it('writes the names of the actors the dataset knows, ids of the others', () => {
    const [, row] = rows(eventsTable([{ ...hostile, actors: ['putin', 'unknown-one'] }], ',', new Map([['putin', 'Vladimir Putin']])));
    expect(row![5]).toBe('Vladimir Putin|unknown-one');
  });
});
