import { describe, expect, it } from 'vitest';
import { readTimelineJsFile } from './readTimelineJsFile';

const file = (text: string) => ({ name: 'timeline.json', type: 'application/json', bytes: new TextEncoder().encode(text) });

describe('readTimelineJsFile', () => {
  it('turns a TimelineJS timeline into sheet rows', async () => {
    const r = await readTimelineJsFile(file(JSON.stringify({ events: [{ start_date: { year: 2025 }, text: { headline: 'A' }, unique_id: 'a' }] })));
    expect(r?.text.split('\n')[1]).toBe('2025,,,,,,,,,A,,,a');
  });

  it('is null for anything else', async () => {
    expect(await readTimelineJsFile(file('{"format":"x"}'))).toBeNull();
    expect(await readTimelineJsFile(file('not json'))).toBeNull();
  });
});
