import type { ActorRecord, EventKind, EventRecord, EvidenceRecord, SceneRecord, SourceRecord } from '../domain/schema';
import type { MessageCode } from '../domain/when';
import type { Problem } from '../domain/parseDataset';

/**
 * What the workspace stores in IndexedDB. Every record carries `rev`, its revision:
 * a write says which revision it read (`expectedRev`) and is refused with a conflict
 * if another tab has written since, so no tab overwrites work it has not seen.
 */

/** How a source came in. */
export type ImportOrigin =
  | { readonly kind: 'paste' }
  | { readonly kind: 'file'; readonly fileName: string; readonly format: 'text' | 'markdown' | 'html' | 'dataset' };

export interface StoredSource {
  readonly id: string;
  readonly rev: number;
  /** The source as the dataset format has it; `text` is exactly what evidence offsets index. */
  readonly source: SourceRecord;
  readonly origin: ImportOrigin;
  /** ISO 8601 date-time of the import. */
  readonly importedAt: string;
  /** Which extractor proposed the candidates, in which language; null for a source added without extraction. */
  readonly extraction: { readonly extractor: string; readonly lang: string } | null;
  /** Spans the analyst confirmed as page furniture (tag lines, rubrics, credits…), for the reader to dim. */
  readonly furniture: readonly { readonly start: number; readonly end: number; readonly kind: string }[];
  /** Actors a dataset file brought with it (the extractor's alias table covers the rest). */
  readonly actors?: readonly ActorRecord[];
}

/**
 * Where an event stands in review. `merged`: its evidence was added to another event
 * (`mergedInto`) and it is not shown itself.
 */
export type EventState = 'unreviewed' | 'accepted' | 'rejected' | 'merged';

export interface StoredEvent {
  readonly id: string;
  readonly rev: number;
  /** The imported source whose extraction proposed this event. */
  readonly sourceId: string;
  readonly state: EventState;
  /** The event in the dataset format; `review` and `provenance` inside it are kept up to date. */
  readonly record: EventRecord;
  /** What the extractor proposed, kept when the analyst edits so that the change stays visible. */
  readonly proposed: { readonly title: string; readonly when: string; readonly kind: EventKind; readonly actors: readonly string[] } | null;
  readonly mergedInto?: string;
  /** ISO 8601 date-time of the last change. */
  readonly updatedAt: string;
  /**
   * Made by hand (from a selection in a source) rather than proposed by the extractor;
   * `sourceId` is then the source of its first excerpt.
   */
  readonly manual?: boolean;
}

/**
 * The analyst's changes to an event the workspace does not own — an event of the
 * built-in dataset or of a `?data=` file. The file is never written: the overlay is laid
 * over it when the view is composed, and removing the overlay is "Revert to original".
 * Keyed by the dataset's identity and the event id (`overlayId`), so an edit never leaks
 * into another dataset that happens to reuse an id. `datasetKey` '*' marks an overlay
 * kept from before datasets had identities (evidence merged in v1): it applies to any.
 */
export interface StoredOverlay {
  readonly id: string;
  readonly rev: number;
  readonly datasetKey: string;
  readonly eventId: string;
  /** Fields replaced by the analyst; absent fields show the dataset's own values. */
  readonly patch: EventPatch;
  /** Excerpts added (merged candidates, selections). */
  readonly addedEvidence: readonly EvidenceRecord[];
  /** The dataset's own excerpts the analyst removed, by `evidenceKey`. */
  readonly removedEvidence: readonly string[];
  /** The analyst deleted the event: it is not shown. */
  readonly deleted: boolean;
  readonly updatedAt: string;
  readonly edited?: { readonly at: string; readonly by?: string };
}

/** The fields of an event an analyst edits. `when` is EDTF, which carries the precision. */
export interface EventPatch {
  readonly title?: string;
  readonly when?: string;
  readonly kind?: EventKind;
  readonly actors?: readonly string[];
  readonly tags?: readonly string[];
  readonly description?: string;
  readonly note?: string;
  readonly relations?: EventRecord['relations'];
}

/**
 * An actor the analyst created, or one of the dataset's or the extractor's actors that
 * they renamed or gave aliases; `mergedInto` when it was merged into another.
 */
export interface StoredActor {
  readonly id: string;
  readonly rev: number;
  readonly actor: ActorRecord;
  readonly mergedInto?: string;
  readonly updatedAt: string;
}

/** A dataset's story as the analyst edited it, keyed by the dataset's identity. */
export interface StoredStory {
  readonly id: string;
  readonly rev: number;
  readonly scenes: readonly SceneRecord[];
  readonly updatedAt: string;
}

/** A write that could not be made; nothing was changed. */
export type WriteFailure =
  | {
    readonly ok: false;
    readonly reason: 'conflict';
    readonly message: string;
    /** `message` as a catalogue key (`write.*`) and values, for the interface's language. */
    readonly messageCode?: MessageCode;
    readonly id: string;
    readonly expectedRev: number;
    /** The record as it is now (null if it was deleted): show it, then let the analyst redo the change on it. */
    readonly current: WorkspaceRecord | null;
  }
  | {
    readonly ok: false;
    readonly reason: 'not-found' | 'duplicate' | 'invalid' | 'failed';
    readonly message: string;
    readonly messageCode?: MessageCode;
    readonly problems?: readonly Problem[];
  };

export type WriteResult<T> = { readonly ok: true; readonly value: T } | WriteFailure;

/** What a change was about, as told to listeners and other tabs. */
export interface WorkspaceChange {
  readonly sources: readonly string[];
  readonly events: readonly string[];
  /** True when another tab (or another handle) made the change. */
  readonly remote: boolean;
}

/** Every kind of record the workspace keeps; each has an `id` and a `rev`. */
export interface RecordTypes {
  sources: StoredSource;
  events: StoredEvent;
  overlays: StoredOverlay;
  actors: StoredActor;
  stories: StoredStory;
}
export type RecordStore = keyof RecordTypes;
export type WorkspaceRecord = RecordTypes[RecordStore];
