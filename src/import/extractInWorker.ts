import type { Extraction } from '../extract';
import type { ExtractJobOptions, ExtractProgress } from './extractJob';
import type { FromWorker, ToWorker } from './workerProtocol';

/**
 * The extractor in a Web Worker, as a promise: progress through `onProgress`,
 * cancellation through an AbortSignal (the worker is terminated at once; the promise
 * rejects with an AbortError). A failure rejects with ExtractionError, whose message
 * is a sentence for the analyst.
 *
 *   const controller = new AbortController();
 *   const result = await extractInWorker(text, { published, lang, sourceId, ignore }, {
 *     signal: controller.signal,
 *     onProgress: (p) => setPercent(Math.round((100 * p.done) / p.total)),
 *   });
 */

/** The part of Worker this module uses, so tests can run the job in-process. */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: ToWorker): void;
  terminate(): void;
}

export interface ExtractInWorkerOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExtractProgress) => void;
  /** Where the worker comes from; Vite bundles extract.worker.ts for the default. */
  readonly createWorker?: () => WorkerLike;
}

export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionError';
  }
}

export function createExtractWorker(): WorkerLike {
  return new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'sourceline-extract' }) as unknown as WorkerLike;
}

function abortError(): DOMException {
  return new DOMException('Extraction was cancelled', 'AbortError');
}

export function extractInWorker(text: string, options: ExtractJobOptions, run: ExtractInWorkerOptions = {}): Promise<Extraction> {
  const { signal, onProgress, createWorker = createExtractWorker } = run;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<Extraction>((resolve, reject) => {
    let worker: WorkerLike;
    try {
      worker = createWorker();
    } catch (e) {
      reject(new ExtractionError(`The extractor could not be started: ${(e as Error).message}`));
      return;
    }
    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.type === 'progress') onProgress?.({ done: m.done, total: m.total, chunk: m.chunk, chunks: m.chunks });
      else if (m.type === 'result') {
        finish();
        resolve(m.extraction);
      } else {
        finish();
        reject(new ExtractionError(`Extraction failed: ${m.message}`));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new ExtractionError(`The extractor stopped: ${e.message || 'unknown error'}`));
    };
    worker.postMessage({ type: 'extract', text, options });
  });
}
