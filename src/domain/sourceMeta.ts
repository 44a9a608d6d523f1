import type { Source, TimelineEvent } from './dataset';
import { formatWhen } from './formatWhen';
import { parseEdtf } from './when';

/** What the reader shows about a source above its text, in words. */

/** "Russian" for "ru"; the tag itself when the runtime does not know it. */
export function languageName(tag: string, displayLocale = 'en'): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The publication date-time with its offset ("13 Aug 2025, 10:15 UTC+3"), or null when unknown or unreadable. */
export function formatPublished(source: Pick<Source, 'published'>, locale = 'en-GB'): string | null {
  if (!source.published) return null;
  const parsed = parseEdtf(source.published);
  return parsed.ok ? formatWhen(parsed.value, locale) : source.published;
}

/** The address when it is safe to link to (http or https); anything else is not a link. */
export function safeExternalUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export interface SourceEvidenceCount {
  /** Evidence spans in the source. */
  readonly excerpts: number;
  /** Distinct events with at least one of them. */
  readonly events: number;
}

export function countEvidenceInSource(events: readonly TimelineEvent[], sourceId: string): SourceEvidenceCount {
  let excerpts = 0;
  let withEvidence = 0;
  for (const e of events) {
    let here = 0;
    for (const ev of e.evidence) if (ev.sourceId === sourceId) here++;
    excerpts += here;
    if (here > 0) withEvidence++;
  }
  return { excerpts, events: withEvidence };
}

