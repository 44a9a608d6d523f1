import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { analyseScrapedText } from './analyseScrapedText';
import { chunkBoundaries, extractAll, runExtraction, type ExtractProgress } from './extractJob';

const seed = readFileSync(new URL('../../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const news = (JSON.parse(readFileSync(new URL('../../scripts/corpus/news-ru.json', import.meta.url), 'utf8')) as { text: string }[])
  .map((d) => d.text)
  .join('\n\n');
const PUBLISHED = '2025-08-13T10:15+03:00';

let long = '';
while (long.length < 200_000) long += `${seed}\n\n${news}\n\n`;

describe('runExtraction', () => {
  it('gives exactly extract’s result for a text of one chunk', () => {
    expect(extractAll(seed, { published: PUBLISHED, sourceId: 's' })).toEqual(extract(seed, { published: PUBLISHED, sourceId: 's' }));
  });

  it('cuts at paragraph ends', () => {
    const spans = chunkBoundaries(long, 32_000);
    expect(spans.length).toBeGreaterThan(5);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(long.length);
    for (const [i, s] of spans.entries()) {
      if (i > 0) expect(s.start).toBe(spans[i - 1]!.end);
      if (i < spans.length - 1) expect(long.slice(s.end - 2, s.end)).toBe('\n\n');
    }
  });

  it('reports progress per chunk on a 200 KB text and puts results back on the whole text', () => {
    const steps = runExtraction(long, { published: PUBLISHED, lang: 'ru', sourceId: 's' });
    const progress: ExtractProgress[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value);
      step = steps.next();
    }
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.map((p) => p.chunk)).toEqual(progress.map((_, i) => i + 1));
    expect(progress.at(-1)).toMatchObject({ done: long.length, total: long.length });
    const { mentions, events } = step.value;
    for (const m of mentions) expect(long.slice(m.start, m.end)).toBe(m.text);
    for (const e of events) for (const ev of e.evidence) expect(long.slice(ev.start, ev.end)).toBe(ev.quote);
    const ids = new Set(events.map((e) => e.id));
    expect(ids.size).toBe(events.length);
    for (const e of events) for (const r of e.relations) expect(ids.has(r.target)).toBe(true);
    // The same mentions as extracting the whole text at once.
    const whole = extract(long, { published: PUBLISHED, lang: 'ru' }).mentions.map((m) => `${m.start}:${m.value}`);
    const chunked = new Set(mentions.map((m) => `${m.start}:${m.value}`));
    const agree = whole.filter((k) => chunked.has(k)).length;
    expect(agree / whole.length).toBeGreaterThan(0.99);
    expect(mentions.length / whole.length).toBeCloseTo(1, 2);
    // Two extractions of 200 KB: seconds, not a timing assertion.
  }, 60_000);

  it('leaves out what lies in the page furniture', () => {
    const { furniture } = analyseScrapedText(seed);
    const { events, mentions } = extractAll(seed, { published: PUBLISHED, ignore: furniture });
    expect(mentions.map((m) => m.value)).not.toContain('2025-08-13T10:18+03:00');
    expect(events.some((e) => e.evidence.every((ev) => ev.end <= furniture.at(-1)!.end))).toBe(false);
    expect(events.map((e) => e.when)).toEqual(expect.arrayContaining(['2024-06-19', '2025-08-12', '2025-08-15']));
  });

  it('throws for a publication time without an offset', () => {
    expect(() => extractAll(seed, { published: '2025-08-13' })).toThrow(/needs a time and an offset/u);
  });
});
