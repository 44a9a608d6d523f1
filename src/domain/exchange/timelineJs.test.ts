import { describe, expect, it } from 'vitest';
import builtin from '../../../public/data/builtin.json';
import { datasetSchema, type EventRecord } from '../schema';
import { readTable } from '../../import/table/readTable';
import { mapRows } from '../../import/table/mapRows';
import { detectPreset, proposeMapping } from '../../import/table/columnMapping';
import { timelineJsToSheet, writeTimelineJs } from './timelineJs';

const dataset = datasetSchema.parse(builtin);
const event = (id: string, when: string, extra: Partial<EventRecord> = {}): EventRecord => ({
  id, when, title: `Event ${id}`, kind: 'occurrence', actors: [], tags: [], evidence: [], relations: [], review: { status: 'accepted' }, ...extra,
});

function backThroughSheet(json: unknown) {
  const sheet = timelineJsToSheet(json);
  const table = readTable(sheet.value!);
  expect(detectPreset(table.header!)).toBe('timelinejs');
  return mapRows(table, proposeMapping(table.header!, 'timelinejs'), { existing: new Map(), actorIdFor: () => null, fileName: 'timeline.json' });
}

describe('TimelineJS3 JSON', () => {
  it('writes date parts only to the precision known, and says approximate and bounded dates in words', () => {
    const doc = writeTimelineJs({
      sources: [],
      events: [event('y', '2025'), event('m', '2025-08'), event('d', '2025-08-15'), event('t', '2025-08-13T10:15+03:00'), event('a', '1945~'), event('b', '[..2025-08-12]'), event('s', '2024-06/2025-08')],
    });
    expect(doc.events.map((e) => [e.unique_id, e.start_date, e.end_date])).toEqual([
      ['y', { year: 2025 }, undefined],
      ['m', { year: 2025, month: 8 }, undefined],
      ['d', { year: 2025, month: 8, day: 15 }, undefined],
      ['t', { year: 2025, month: 8, day: 13, hour: 10, minute: 15 }, undefined],
      ['a', { year: 1945, display_date: expect.stringMatching(/1945/u) }, undefined],
      ['b', { year: 2025, month: 8, day: 12, display_date: 'before 12 Aug 2025' }, undefined],
      ['s', { year: 2024, month: 6 }, { year: 2025, month: 8 }],
    ]);
  });

  it('escapes text (TimelineJS reads it as HTML) and quotes the first excerpt with its source', () => {
    const doc = writeTimelineJs({ ...dataset, title: 'Kim & Putin' });
    expect(doc.title!.text.headline).toBe('Kim &amp; Putin');
    const call = doc.events.find((e) => e.unique_id === 'phone-call')!;
    expect(call.text.text).toContain('<blockquote>');
    expect(call.text.text).toContain('<cite>');
    expect(call.group).toBe('Vladimir Putin');
    const hostile = writeTimelineJs({ sources: [], events: [event('x', '2025', { title: '<script>alert(1)</script>' })] });
    expect(hostile.events[0]!.text.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('comes back through the TimelineJS sheet preset with the same ids, titles and day dates', () => {
    const doc = JSON.parse(JSON.stringify(writeTimelineJs(dataset)));
    const { rows } = backThroughSheet(doc);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const e of dataset.events.filter((x) => /^\d{4}-\d{2}-\d{2}$/u.test(x.when))) {
      expect(byId.get(e.id)?.fields).toMatchObject({ title: e.title, when: e.when });
    }
  });

  it('reads a timeline written by hand from the TimelineJS documentation, and lists what it cannot use', () => {
    const json = {
      title: { text: { headline: 'Talks', text: '<p>A timeline</p>' } },
      events: [
        { start_date: { year: '2025', month: '8', day: '12' }, text: { headline: 'Call &amp; report', text: '<p>By phone</p>' }, group: 'Diplomacy', unique_id: 'call' },
        { start_date: { year: 1950, month: 6, day: 25 }, end_date: { year: 1953, month: 7, day: 27 }, text: { headline: 'Korean War' } },
        { text: { headline: 'No date' } },
      ],
    };
    expect(timelineJsToSheet(json).problems).toEqual([{ path: 'events[2]', message: 'has no start_date with a year; left out', severity: 'warning' }]);
    const { rows } = backThroughSheet(json);
    expect(rows.map((r) => [r.id, r.fields?.title, r.fields?.when, r.fields?.tags])).toEqual([
      ['call', 'Call & report', '2025-08-12', ['Diplomacy']],
      ['timeline-3', 'Korean War', '1950-06-25/1953-07-27', []],
    ]);
    expect(rows[0]!.fields!.description).toBe('<p>By phone</p>');
  });

  it('refuses what is not a timeline', () => {
    expect(timelineJsToSheet({ format: 'other' }).value).toBeNull();
  });
});
