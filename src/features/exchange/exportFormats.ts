import type { ActorRecord, DatasetInput, EventRecord, SourceRecord } from '../../domain/schema';
import { actorNames, chronologyZip, eventsTable } from '../../domain/exchange/csvExport';
import { writeTimelineJs } from '../../domain/exchange/timelineJs';
import { writeWebAnnotations } from '../../domain/exchange/webAnnotation';

/**
 * The export menu's choices as data: each names its file and computes its content from
 * the records. The dialog only lists them.
 */
export interface ExportChoice {
  /** Also names its label and hint in the catalogues: export.<id>.label, export.<id>.hint. */
  readonly id: 'events-csv' | 'events-tsv' | 'chronology-zip' | 'timelinejs' | 'web-annotations';
  readonly fileName: (base: string) => string;
  readonly type: string;
  /** `locale`: the interface's, for dates written in words (TimelineJS display dates). */
  readonly content: (records: ExportRecords, locale: string) => string | Uint8Array | Promise<string>;
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
    fileName: (base) => `${base}-events.csv`,
    type: 'text/csv;charset=utf-8',
    content: (r) => eventsTable(r.events, ',', actorNames(r.actors)),
  },
  {
    id: 'events-tsv',
    fileName: (base) => `${base}-events.tsv`,
    type: 'text/tab-separated-values;charset=utf-8',
    content: (r) => eventsTable(r.events, '\t', actorNames(r.actors)),
  },
  {
    id: 'chronology-zip',
    fileName: (base) => `${base}-chronology.zip`,
    type: 'application/zip',
    content: (r) => chronologyZip(r),
  },
  {
    id: 'timelinejs',
    fileName: (base) => `${base}-timelinejs.json`,
    type: 'application/json',
    content: (r, locale) => `${JSON.stringify(writeTimelineJs({ events: r.events, sources: r.sources, actors: r.actors, title: r.title }, locale), null, 2)}\n`,
  },
  {
    id: 'web-annotations',
    fileName: (base) => `${base}-annotations.jsonld`,
    type: 'application/ld+json',
    content: async (r) => `${JSON.stringify(await writeWebAnnotations({ events: r.events, sources: r.sources, label: r.title }), null, 2)}\n`,
  },
];
