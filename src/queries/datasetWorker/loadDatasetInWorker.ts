import type { Dataset, DatasetIndex, TimelineEvent } from '../../domain/dataset';
import type { Problem } from '../../domain/parseDataset';
import type { FromDatasetWorker, LoadPhase, ToDatasetWorker } from './protocol';

/**
 * A dataset loaded by the dataset worker, as a promise of the dataset and its index.
 * The page's share of the work is receiving the chunks: each is one message, and the
 * look-up maps are filled chunk by chunk, so no step holds the main thread for long.
 * Cancelling (the AbortSignal) sends `cancel` and terminates the worker; the promise
 * rejects with an AbortError. Failures reject with LoadFailure.
 */

/** The part of Worker this module uses, so tests can run the job in-process. */
export interface DatasetWorkerLike {
  onmessage: ((e: MessageEvent<FromDatasetWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: ToDatasetWorker): void;
  terminate(): void;
}

export function createDatasetWorker(): DatasetWorkerLike {
  return new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'sourceline-dataset' }) as unknown as DatasetWorkerLike;
}

export class LoadFailure extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'LoadFailure';
  }
}

export interface WorkerLoadResult {
  readonly index: DatasetIndex;
  readonly problems: readonly Problem[];
}

export interface LoadInWorkerOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (phase: LoadPhase, done: number, total: number | null) => void;
  readonly createWorker?: () => DatasetWorkerLike;
  /** The page's address, against which a relative `url` is resolved. */
  readonly pageHref?: string;
}

export function loadDatasetInWorker(url: string, options: LoadInWorkerOptions = {}): Promise<WorkerLoadResult> {
  const { signal, onProgress, createWorker = createDatasetWorker, pageHref = globalThis.location?.href } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<WorkerLoadResult>((resolve, reject) => {
    let worker: DatasetWorkerLike;
    try {
      worker = createWorker();
    } catch (e) {
      reject(new LoadFailure(`The dataset loader could not be started: ${(e as Error).message}`));
      return;
    }
    let head: Extract<FromDatasetWorker, { type: 'head' }> | null = null;
    const events: TimelineEvent[] = [];
    const eventById = new Map<string, TimelineEvent>();
    const eventIndexById = new Map<string, number>();

    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      worker.postMessage({ type: 'cancel' });
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.onmessage = (e) => {
      const m = e.data;
      switch (m.type) {
        case 'progress':
          return onProgress?.(m.phase, m.done, m.total);
        case 'head':
          head = m;
          mark('sourceline:dataset-head');
          return;
        case 'events':
          for (const event of m.events) {
            eventById.set(event.id, event);
            eventIndexById.set(event.id, events.length);
            events.push(event);
          }
          return;
        case 'error':
          finish();
          return reject(new LoadFailure(m.message, m.problems));
        case 'done': {
          finish();
          if (!head || events.length !== head.eventCount) {
            return reject(new LoadFailure(`The dataset loader stopped early: ${events.length} of ${head?.eventCount ?? '?'} events arrived`));
          }
          const dataset: Dataset = {
            ...(head.title !== undefined ? { title: head.title } : {}),
            ...(head.description !== undefined ? { description: head.description } : {}),
            sources: head.sources,
            actors: head.actors,
            events,
            ...(head.scenes !== undefined ? { scenes: head.scenes } : {}),
          };
          mark('sourceline:dataset-received');
          const index: DatasetIndex = {
            dataset,
            eventById,
            eventIndexById,
            sourceById: new Map(head.sources.map((s) => [s.id, s])),
            actorById: new Map(head.actors.map((a) => [a.id, a])),
          };
          return resolve({ index, problems: head.problems });
        }
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new LoadFailure(`The dataset loader stopped: ${e.message || 'unknown error'}`));
    };
    mark('sourceline:dataset-requested');
    const absolute = pageHref ? new URL(url, pageHref).href : url;
    worker.postMessage({ type: 'load', url: absolute, displayUrl: url, ...(pageHref ? { pageHref } : {}) });
  });
}

/** Phases of a load on the page's performance timeline, for the bench's breakdown. */
function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}

function abortError(): DOMException {
  return new DOMException('Loading the dataset was cancelled', 'AbortError');
}
