import type { ActorRecord, DatasetInput, EventRecord, SourceRecord } from '../../domain/schema';
import { actorNames, chronologyZip, eventsTable } from '../../domain/exchange/csvExport';
import { writeTimelineJs } from '../../domain/exchange/timelineJs';
import { writeWebAnnotations } from '../../domain/exchange/webAnnotation';

/**
 * The export menu's choices as data: each names its file and computes its content from
 * the records. The dialog only lists them.
 */
export interface ExportChoice {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly fileName: (base: string) => string;
  readonly type: string;
  readonly content: (records: ExportRecords) => string | Uint8Array | Promise<string>;
}

export interface ExportRecords {
  readonly title: string;
  readonly sources: readonly SourceRecord[];
  readonly events: readonly EventRecord[];
  readonly actors: readonly ActorRecord[];
  readonly dataset: DatasetInput;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  {
    id: 'events-csv',
    label: 'Events as CSV',
    hint: 'one row per event: id, date (EDTF), precision, kind, title, actors (by name), tags, review, description, note, sources',
    fileName: (base) => `${base}-events.csv`,
    type: 'text/csv;charset=utf-8',
    content: (r) => eventsTable(r.events, ',', actorNames(r.actors)),
  },
  {
    id: 'events-tsv',
    label: 'Events as TSV',
    hint: 'the same table, tab-separated',
    fileName: (base) => `${base}-events.tsv`,
    type: 'text/tab-separated-values;charset=utf-8',
    content: (r) => eventsTable(r.events, '\t', actorNames(r.actors)),
  },
  {
    id: 'chronology-zip',
    label: 'Events, evidence and sources (ZIP of three CSV files)',
    hint: 'everything needed to bring the chronology back with its excerpts',
    fileName: (base) => `${base}-chronology.zip`,
    type: 'application/zip',
    content: (r) => chronologyZip(r),
  },
  {
    id: 'timelinejs',
    label: 'TimelineJS3 JSON',
    hint: 'to publish with TimelineJS: dates to the precision known, the first excerpt quoted with its source; no evidence offsets, no uncertainty',
    fileName: (base) => `${base}-timelinejs.json`,
    type: 'application/json',
    content: (r) => `${JSON.stringify(writeTimelineJs({ events: r.events, sources: r.sources, actors: r.actors, title: r.title }), null, 2)}\n`,
  },
  {
    id: 'web-annotations',
    label: 'Evidence as W3C Web Annotations (JSON-LD)',
    hint: 'every excerpt with its quote, context and position in code points, targeting its source by URL or a hash of its text',
    fileName: (base) => `${base}-annotations.jsonld`,
    type: 'application/ld+json',
    content: async (r) => `${JSON.stringify(await writeWebAnnotations({ events: r.events, sources: r.sources, label: r.title }), null, 2)}\n`,
  },
];
