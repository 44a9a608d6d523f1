import type { DatasetIndex, TimelineEvent } from './dataset';
import type { EventKind } from './schema';

/**
 * Search and filters over events. Matching is case-insensitive, treats ё as е (Russian
 * texts use both for the same letter) and ignores accents, over titles, descriptions,
 * actor names and evidence quotes.
 */

const NEEDS_DECOMPOSITION = /[\u0300-\u036f]|[\u00c0-\u024f\u1e00-\u1eff]/;

export function normalizeForSearch(text: string): string {
  // Most text (Cyrillic, plain Latin) has nothing to decompose; skipping NFD/NFC there
  // makes building the search text for 100,000 events several times faster.
  const base = NEEDS_DECOMPOSITION.test(text) ? stripMarks(text) : text;
  return base
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0\u2009]+/g, ' ');
}

function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    // Strip combining marks, but keep й: its breve is part of the letter, not an accent.
    .replace(/(?<!и|И)[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** Search text for each event, in dataset.events order. */
export function buildSearchText(index: DatasetIndex): string[] {
  return index.dataset.events.map((event) =>
    normalizeForSearch(
      [
        event.title,
        event.description ?? '',
        ...event.actors.map((a) => {
          const actor = index.actorById.get(a);
          return actor ? [actor.name, ...actor.aliases].join(' ') : a;
        }),
        ...event.tags,
        ...event.evidence.map((e) => e.quote),
      ].join('\n'),
    ),
  );
}

/**
 * The search text, built on first use: a dataset that is only looked at never pays for it,
 * which keeps it off the first render.
 */
export function lazySearchText(index: DatasetIndex): () => readonly string[] {
  let built: readonly string[] | null = null;
  return () => (built ??= buildSearchText(index));
}

export interface EventFilters {
  readonly query: string;
  readonly actors: readonly string[];
  readonly kinds: readonly EventKind[];
  readonly sources: readonly string[];
}

export const NO_FILTERS: EventFilters = { query: '', actors: [], kinds: [], sources: [] };

export function hasFilters(f: EventFilters): boolean {
  return f.query.trim() !== '' || f.actors.length > 0 || f.kinds.length > 0 || f.sources.length > 0;
}

/** Every word of the query must appear (in any order). */
export function queryTerms(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter(Boolean);
}

function matchesFacets(event: TimelineEvent, f: EventFilters): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(event.kind)) return false;
  if (f.actors.length > 0 && !event.actors.some((a) => f.actors.includes(a))) return false;
  if (f.sources.length > 0 && !event.evidence.some((e) => f.sources.includes(e.sourceId))) return false;
  return true;
}

/**
 * Indices (into dataset.events, so still in time order) of the events that pass.
 * Returns a Uint32Array: at 100,000 events the result is handed to the canvas every frame.
 */
export function filterEvents(index: DatasetIndex, searchText: () => readonly string[], f: EventFilters): Uint32Array {
  const events = index.dataset.events;
  const terms = queryTerms(f.query);
  const texts = terms.length > 0 ? searchText() : [];
  const out = new Uint32Array(events.length);
  let n = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (!matchesFacets(event, f)) continue;
    if (terms.length > 0) {
      const text = texts[i]!;
      if (!terms.every((t) => text.includes(t))) continue;
    }
    out[n++] = i;
  }
  return out.subarray(0, n);
}

/** How many events each facet value has among the events passing the other filters. */
export interface FacetCounts {
  readonly actors: ReadonlyMap<string, number>;
  readonly kinds: ReadonlyMap<EventKind, number>;
  readonly sources: ReadonlyMap<string, number>;
}

export function facetCounts(index: DatasetIndex, searchText: () => readonly string[], f: EventFilters): FacetCounts {
  const count = <K>(without: Partial<EventFilters>, keys: (e: TimelineEvent) => Iterable<K>) => {
    const m = new Map<K, number>();
    for (const i of filterEvents(index, searchText, { ...f, ...without })) {
      for (const k of new Set(keys(index.dataset.events[i]!))) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  return {
    actors: count({ actors: [] }, (e) => e.actors),
    kinds: count({ kinds: [] }, (e) => [e.kind]),
    sources: count({ sources: [] }, (e) => e.evidence.map((x) => x.sourceId)),
  };
}
