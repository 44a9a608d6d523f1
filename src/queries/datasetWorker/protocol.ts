import type { ActorRecord, SceneRecord, SourceRecord } from '../../domain/schema';
import type { TimelineEvent } from '../../domain/dataset';
import type { Problem } from '../../domain/parseDataset';
import type { DatasetFormat } from '../../domain/readDatasetBytes';

/**
 * Messages between the page and dataset.worker.ts, one worker per load.
 *
 * The worker fetches, decodes (JSON or Arrow), validates and sorts; the page only
 * receives the result. The events come in chunks, one message each, because the page
 * pays for a message's structured clone in one task: 100,000 events in one message would
 * hold the main thread for hundreds of milliseconds, a chunk of a few thousand for a few.
 */

export interface LoadRequest {
  readonly type: 'load';
  /** Absolute: a worker resolves relative addresses against its own script, not the page. */
  readonly url: string;
  /** As the user gave it, for messages ("data/x.json is not valid JSON"). */
  readonly displayUrl: string;
  /** The page's address, to tell a cross-site (CORS) failure from a server that is down. */
  readonly pageHref?: string;
}

export type ToDatasetWorker = LoadRequest | { readonly type: 'cancel' };

export type LoadPhase = 'download' | 'decode' | 'send';

export type LoadErrorKind = 'network' | 'http' | 'unreadable' | 'unusable' | 'internal';

export type FromDatasetWorker =
  | { readonly type: 'progress'; readonly phase: LoadPhase; readonly done: number; readonly total: number | null }
  | {
      readonly type: 'head';
      readonly format: DatasetFormat;
      readonly title?: string;
      readonly description?: string;
      readonly sources: readonly SourceRecord[];
      readonly actors: readonly ActorRecord[];
      readonly scenes?: readonly SceneRecord[];
      readonly problems: readonly Problem[];
      /** How many events the `events` messages will carry, in time order. */
      readonly eventCount: number;
    }
  | { readonly type: 'events'; readonly events: readonly TimelineEvent[] }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly kind: LoadErrorKind; readonly message: string; readonly problems: readonly Problem[] };
