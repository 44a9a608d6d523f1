import type { EventKind } from '../domain/schema';
import { detectLanguage } from './detectLanguage';
import { extract } from './extract';
import { titleFromSentence } from './titles';
import type { Lang } from './types';

/**
 * What the "New event from selection" form proposes for words an analyst selected: the
 * extractor run on the selection alone, dated against the source's publication time.
 * When it finds no date, the date is left for the analyst (never invented).
 */
export interface SelectionProposal {
  readonly when: string;
  readonly title: string;
  readonly kind: EventKind;
  readonly actors: readonly string[];
  /** The rule that gave the date, in the extractor's terms; absent when none did. */
  readonly rule?: string;
}

export function proposeFromSelection(quote: string, options: { published?: string; language?: string }): SelectionProposal {
  const lang: Lang = options.language?.startsWith('ru') ? 'ru' : options.language?.startsWith('en') ? 'en' : detectLanguage(quote);
  const fallbackTitle = titleFromSentence(quote, null, lang) || quote.slice(0, 80);
  if (!options.published) return { when: '', title: fallbackTitle, kind: 'occurrence', actors: [] };
  let events;
  try {
    events = extract(quote, { published: options.published, lang, sourceId: 'selection' }).events;
  } catch {
    // A publication time the extractor cannot use: propose no date rather than fail the form.
    return { when: '', title: fallbackTitle, kind: 'occurrence', actors: [] };
  }
  const best = events.find((e) => e.kind !== 'anniversary' && e.provenance?.rule !== 'report-at-publication') ?? events[0];
  if (!best) return { when: '', title: fallbackTitle, kind: 'occurrence', actors: [] };
  return { when: best.when, title: best.title || fallbackTitle, kind: best.kind, actors: best.actors, ...(best.provenance?.rule ? { rule: best.provenance.rule } : {}) };
}
