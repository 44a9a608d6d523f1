import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatWhen } from './formatWhen';
import { parseDataset } from './parseDataset';
import type { DatasetRecord } from './schema';

const raw = JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8')) as DatasetRecord;
const { value, problems } = parseDataset(raw);
const byId = new Map(value?.events.map((e) => [e.id, e]));

describe('the built-in dataset', () => {
  it('reads without a single problem', () => {
    expect(problems).toEqual([]);
  });

  it('has every evidence span slice exactly to its quote (UTF-16 offsets)', () => {
    const texts = new Map(raw.sources.map((s) => [s.id, s.text]));
    let checked = 0;
    for (const event of raw.events) {
      for (const ev of event.evidence) {
        expect(texts.get(ev.sourceId)!.slice(ev.start, ev.end), `${event.id} ${ev.start}-${ev.end}`).toBe(ev.quote);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it('holds the article verbatim', () => {
    const seed = new URL('../../../shared/seed/000_8816d55d54cfc59c.txt', import.meta.url);
    const copy = new URL('../../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url);
    const text = readFileSync(existsSync(seed) ? seed : copy, 'utf8');
    expect(raw.sources[0]?.text).toBe(text);
    expect(raw.sources[0]).toMatchObject({
      language: 'ru',
      published: '2025-08-13T10:15+03:00',
      title: 'Ким Чен Ын в телефонном разговоре заверил Путина в поддержке России',
    });
  });

  it.each([
    ['treaty-signed', '19 Jun 2024', 'occurrence'],
    ['phone-call', '12 Aug 2025', 'occurrence'],
    ['kcna-reports-call', '13 Aug 2025', 'report'],
    ['article-published', '13 Aug 2025, 10:15 UTC+3', 'report'],
    ['liberation-80th', '15 Aug 2025', 'anniversary'],
    ['korea-liberated-1945', '15 Aug 1945', 'occurrence'],
    ['kursk-liberated', 'before 12 Aug 2025', 'occurrence'],
  ])('dates %s as %s (%s)', (id, words, kind) => {
    const event = byId.get(id);
    expect(event, id).toBeDefined();
    expect(formatWhen(event!.when, 'en-GB')).toBe(words);
    expect(event!.kind).toBe(kind);
  });

  it('relates the 80th anniversary to the liberation itself', () => {
    expect(byId.get('liberation-80th')?.relations).toContainEqual({ type: 'anniversary-of', target: 'korea-liberated-1945' });
  });

  it('quotes the treaty date in Russian', () => {
    expect(byId.get('treaty-signed')?.evidence.some((e) => e.quote.includes('19 июня 2024 года'))).toBe(true);
  });
});

describe('the built-in story', () => {
  const scenes = value?.scenes ?? [];
  it('has scenes, each on a known event', () => {
    expect(scenes.length).toBeGreaterThanOrEqual(5);
    for (const s of scenes) expect(byId.has(s.event ?? ''), s.id).toBe(true);
  });

  it('covers the treaty, the call, and the 15 August anniversary with its 1945 origin', () => {
    const events = scenes.map((s) => s.event);
    for (const id of ['treaty-signed', 'phone-call', 'liberation-80th', 'korea-liberated-1945']) expect(events).toContain(id);
  });

  it('is told in a presenter’s order, not by date', () => {
    const times = scenes.map((s) => byId.get(s.event!)!.extent.reference);
    const sorted = [...times].sort((a, b) => a - b);
    expect(times).not.toEqual(sorted);
    expect(scenes[0]?.event).toBe('phone-call');
    expect(events(scenes).indexOf('korea-liberated-1945')).toBe(events(scenes).indexOf('liberation-80th') + 1);
  });

  it('shows each scene’s event inside its window', () => {
    for (const s of scenes) {
      if (!s.window) continue;
      const e = byId.get(s.event!)!;
      expect(e.extent.reference, s.id).toBeGreaterThanOrEqual(Date.parse(`${s.window.from}T00:00Z`));
      expect(e.extent.reference, s.id).toBeLessThanOrEqual(Date.parse(`${s.window.to}T00:00Z`));
    }
  });
});

function events(scenes: readonly { event?: string | undefined }[]): (string | undefined)[] {
  return scenes.map((s) => s.event);
}
