import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventsTable } from '../../domain/exchange/csvExport';
import { EVENT_KINDS, type EventRecord } from '../../domain/schema';
import { detectPreset, mappingProblems, proposeMapping, type PresetId } from './columnMapping';
import { mapRows, type MapContext } from './mapRows';
import { readTable } from './readTable';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const context = (existing: Record<string, string> = {}, actors: Record<string, string> = {}): MapContext => ({
  existing: new Map(Object.entries(existing).map(([id, title]) => [id, { title }])),
  actorIdFor: (token) => actors[token.toLowerCase()] ?? null,
  fileName: 'events.csv',
});

function importText(text: string, ctx = context(), preset?: PresetId) {
  const table = readTable(text);
  const mapping = proposeMapping(table.header ?? [], preset ?? detectPreset(table.header ?? []));
  expect(mappingProblems(mapping, table.header)).toEqual([]);
  return mapRows(table, mapping, ctx);
}

describe('mapRows on a generic sheet', () => {
  const text = [
    'ID,Title,Date,Actors,Notes,Colour',
    'a1,Treaty signed,19.06.2024,Putin | Kim Jong Un,Signed in Pyongyang,red',
    'a2,Bad date,31.02.2025,,,blue',
    'a1,Same id again,2025,,,',
    'a3,,2025-08-12,,,',
    'a4,Call,Aug 12 2025,putin,,',
  ].join('\n');

  it('lists each row with its problems, by line, and leaves bad rows out', () => {
    const { rows, notes } = importText(text, context({}, { putin: 'putin' }));
    expect(notes).toEqual(['Not imported (no field chosen): "Colour".']);
    expect(rows.map((r) => [r.line, r.fields !== null])).toEqual([[2, true], [3, false], [4, false], [5, false], [6, true]]);
    expect(rows[1]!.problems[0]!.message).toMatch(/2025-02 has no day 31/);
    expect(rows[2]!.problems[0]!.message).toBe('the id "a1" is already used on line 2');
    expect(rows[3]!.problems[0]!.message).toBe('there is no title');
    expect(rows[0]!.fields).toMatchObject({ title: 'Treaty signed', when: '2024-06-19', actors: ['putin', 'kim-jong-un'], description: 'Signed in Pyongyang' });
    expect(rows[4]!.fields).toMatchObject({ when: '2025-08-12', actors: ['putin'] });
  });

  it('creates the actors it does not know, once', () => {
    const { newActors } = importText(text, context({}, { putin: 'putin' }));
    expect(newActors).toEqual([{ id: 'kim-jong-un', name: 'Kim Jong Un', aliases: [] }]);
  });

  it('an id that names an event updates it when the titles agree, and is flagged when they do not', () => {
    const { rows } = importText(text, context({ a1: 'Treaty Signed', a4: 'Something else' }));
    expect(rows[0]).toMatchObject({ match: 'same', existingTitle: 'Treaty Signed' });
    expect(rows[4]).toMatchObject({ match: 'different', existingTitle: 'Something else' });
    expect(rows[1]).toMatchObject({ match: 'new' });
  });

  it('gives rows without an id one made of the file name and line', () => {
    const { rows } = importText('Title,Date\nA,2025\nB,2026\n');
    expect(rows.map((r) => r.id)).toEqual(['events-2', 'events-3']);
  });

  it('keeps HTML as text', () => {
    const { rows } = importText('Title,Date\n<img src=x onerror=alert(1)>,2025\n');
    expect(rows[0]!.fields!.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('round trip through the events table', () => {
  const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/u);
  const text = fc.string({ maxLength: 30 }).map((s) => s.replace(/\s+/gu, ' ').trim());
  const when = fc.constantFrom('2025', '2025-08', '2025-08-12', '1945~', '-0044-03-15', '[..2025-08-12]', '2024/2025', '2025-08-13T10:15+03:00', '2024-06?');
  const event = fc.record({
    id: idArb,
    title: text.filter((s) => s !== ''),
    when,
    kind: fc.constantFrom(...EVENT_KINDS),
    actors: fc.uniqueArray(idArb, { maxLength: 3 }),
    tags: fc.uniqueArray(text.filter((s) => s !== ''), { maxLength: 3 }),
    description: fc.option(text.filter((s) => s !== ''), { nil: undefined }),
    note: fc.option(text.filter((s) => s !== ''), { nil: undefined }),
    status: fc.constantFrom('accepted' as const, 'rejected' as const, 'unreviewed' as const),
  });

  it('every field the table carries comes back as it was', () => {
    fc.assert(
      fc.property(fc.uniqueArray(event, { selector: (e) => e.id, minLength: 1, maxLength: 8 }), (events) => {
        const records: EventRecord[] = events.map(({ status, description, note, ...e }) => ({
          ...e, evidence: [], relations: [], review: { status }, ...(description ? { description } : {}), ...(note ? { note } : {}),
        }));
        const ctx = context({}, Object.fromEntries(records.flatMap((r) => r.actors).map((a) => [a, a])));
        const { rows } = importText(eventsTable(records), ctx, 'sourceline');
        expect(rows.map((r) => r.problems)).toEqual(records.map(() => []));
        rows.forEach((row, i) => {
          const r = records[i]!;
          expect(row.id).toBe(r.id);
          expect(row.fields).toEqual({
            title: r.title, when: r.when, kind: r.kind, actors: r.actors, tags: r.tags,
            description: r.description ?? '', note: r.note ?? '', review: r.review.status,
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it('detects Sourceline\'s own header', () => {
    expect(detectPreset(readTable(eventsTable([])).header ?? [])).toBe('sourceline');
  });
});

describe('presets for other tools, on files written from their documentation', () => {
  it('TimelineJS3 sheet: Year/Month/Day/Time compose a date at the precision given; Group becomes a tag', () => {
    const table = readTable(fixture('timelinejs-sheet.csv'));
    expect(detectPreset(table.header!)).toBe('timelinejs');
    const { rows } = mapRows(table, proposeMapping(table.header!, 'timelinejs'), context());
    expect(rows.map((r) => r.fields?.when)).toEqual(['2025-08-12', '2024-06-19', '1945-08-15', '2025-08', '2025-08-13T10:15/2025-08-13T11:00', '2024/2025']);
    expect(rows[0]!.fields).toMatchObject({ title: 'Putin and Kim speak by phone', description: '<p>The Kremlin reported the call.</p>', tags: ['Diplomacy'] });
  });

  it('Preceden CSV: event id, start and end, approximate flags, layer as a tag', () => {
    const table = readTable(fixture('preceden.csv'));
    expect(detectPreset(table.header!)).toBe('preceden');
    const { rows } = mapRows(table, proposeMapping(table.header!, 'preceden'), context());
    expect(rows.map((r) => [r.id, r.fields?.when])).toEqual([['101', '2024-06-19'], ['102', '2025-08-12'], ['103', '1950-06-25/1953-07-27'], ['104', '1948-09~']]);
    expect(rows[0]!.fields).toMatchObject({ title: 'Treaty signed', tags: ['Diplomacy'], description: 'Signed in Pyongyang' });
  });

  it('ACLED: time_precision coarsens the date, actors from both columns, notes give the title', () => {
    const table = readTable(fixture('acled.csv'));
    expect(detectPreset(table.header!)).toBe('acled');
    const { rows, newActors } = mapRows(table, proposeMapping(table.header!, 'acled'), context());
    expect(rows.map((r) => [r.id, r.fields?.when])).toEqual([['RUS12345', '2025-08-10'], ['RUS12346', '2025-08-05~'], ['RUS12347', '2025-08']]);
    expect(rows[0]!.fields!.title).toBe('On 10 August 2025, Ukrainian forces shelled Sudzha.');
    expect(rows[1]!.fields!.actors).toEqual(['military-forces-of-russia-(2000-)', 'military-forces-of-ukraine-(2019-)']);
    expect(rows[1]!.fields!.tags).toEqual(['Battles', 'Armed clash', 'Russia', 'Tetkino']);
    expect(newActors.map((a) => a.name)).toContain('Military Forces of Ukraine (2019-)');
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
  });
});
