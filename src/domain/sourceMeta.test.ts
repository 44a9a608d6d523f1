import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './dataset';
import { countEvidenceInSource, formatPublished, languageName, safeExternalUrl } from './sourceMeta';

describe('source metadata in words', () => {
  it('names languages from their tags', () => {
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('en-GB')).toBe('British English');
    expect(languageName('not a tag!')).toBe('not a tag!');
    expect(languageName('ru', 'ru')).toBe('русский');
  });

  it('writes the publication time with its own offset, not the reader’s zone', () => {
    expect(formatPublished({ published: '2025-08-13T10:15+03:00' })).toBe('13 Aug 2025, 10:15 UTC+3');
    expect(formatPublished({ published: '2025-08' })).toBe('Aug 2025');
    expect(formatPublished({})).toBeNull();
  });

  it('links only to http and https addresses', () => {
    expect(safeExternalUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,hi')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
    expect(safeExternalUrl(undefined)).toBeNull();
  });

  it('counts excerpts and the events they support', () => {
    const ev = (id: string, sources: string[]) =>
      ({ id, evidence: sources.map((sourceId) => ({ sourceId, start: 0, end: 1, quote: 'x' })) }) as unknown as TimelineEvent;
    const events = [ev('a', ['s', 's']), ev('b', ['s', 't']), ev('c', ['t'])];
    expect(countEvidenceInSource(events, 's')).toEqual({ excerpts: 3, events: 2 });
    expect(countEvidenceInSource(events, 't')).toEqual({ excerpts: 2, events: 2 });
    expect(countEvidenceInSource(events, 'u')).toEqual({ excerpts: 0, events: 0 });
  });
});
