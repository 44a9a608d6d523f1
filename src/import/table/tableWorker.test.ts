import { describe, expect, it } from 'vitest';
import { proposeMapping } from './columnMapping';
import { inProcessTableWorker, TableWorker } from './tableWorker';

const context = { existing: [['a1', 'Old title']] as [string, string][], actors: { putin: 'putin' }, fileName: 'events.csv' };
const text = `ID,Title,Date,Actors\n${Array.from({ length: 12_000 }, (_, i) => `a${i + 1},Event ${i + 1},${(i % 28) + 1}/08/2025,Putin`).join('\n')}\n`;

describe('TableWorker', () => {
  it('reads once with progress, then maps as often as asked', async () => {
    const worker = new TableWorker(inProcessTableWorker);
    const shares: number[] = [];
    const summary = await worker.read(text, {}, (s) => shares.push(s));
    expect(summary).toMatchObject({ delimiter: ',', header: ['ID', 'Title', 'Date', 'Actors'], rowCount: 12_000, preset: 'generic', order: 'day-first' });
    expect(summary.sample).toHaveLength(50);
    expect(shares.length).toBeGreaterThan(1);
    const mapped = await worker.map(proposeMapping(summary.header!, 'generic', 'day-first'), context);
    expect(mapped.rows).toHaveLength(12_000);
    expect(mapped.rows[0]).toMatchObject({ id: 'a1', match: 'different', existingTitle: 'Old title', fields: { when: '2025-08-01', actors: ['putin'] } });
    const unmapped = await worker.map({ ...proposeMapping(summary.header!, 'generic'), fields: [null, 'title', 'when', null] }, context);
    expect(unmapped.rows[0]).toMatchObject({ id: 'events-2', match: 'new' });
  });

  it('answers only the newest question when the mapping changes meanwhile', async () => {
    const worker = new TableWorker(inProcessTableWorker);
    const summary = await worker.read(text, {});
    const first = worker.map({ fields: [null, 'title', 'when', null], order: 'day-first' }, context);
    const second = worker.map(proposeMapping(summary.header!, 'generic', 'day-first'), context);
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect((await second).rows[0]!.id).toBe('a1');
  });

  it('cancel stops it and rejects what is pending with an AbortError', async () => {
    const worker = new TableWorker(inProcessTableWorker);
    const reading = worker.read(text, {});
    worker.cancel();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
