/**
 * The columns of Sourceline's own tables, in the order they are written. The import's
 * "Sourceline" preset maps the same names back, so an exported file needs no mapping.
 */
export const EVENT_COLUMNS = ['id', 'when', 'precision', 'kind', 'title', 'actors', 'tags', 'review', 'description', 'note', 'sources'] as const;
export const EVIDENCE_COLUMNS = ['event_id', 'source_id', 'start', 'end', 'quote', 'when'] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'url', 'language', 'published', 'published_zone', 'byline', 'text'] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];
export type EvidenceColumn = (typeof EVIDENCE_COLUMNS)[number];
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];

/** The three files of a chronology ZIP. */
export const CHRONOLOGY_FILES = { events: 'events.csv', evidence: 'evidence.csv', sources: 'sources.csv' } as const;
