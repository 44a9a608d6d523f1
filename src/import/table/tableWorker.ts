import type { ColumnMapping } from './columnMapping';
import type { MappedTable } from './mapRows';
import type { ReadTableOptions } from './readTable';
import { createTableSession, type FromTableWorker, type PlainMapContext, type TableSummary, type ToTableWorker } from './tableSession';

/**
 * A table import's worker, as promises: `read` once, then `map` as often as the mapping
 * changes. Progress through callbacks; `cancel` terminates the worker at once and every
 * pending promise rejects with an AbortError.
 */

export interface TableWorkerLike {
  onmessage: ((e: MessageEvent<FromTableWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: ToTableWorker): void;
  terminate(): void;
}

export function createBrowserTableWorker(): TableWorkerLike {
  return new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module', name: 'sourceline-table' }) as unknown as TableWorkerLike;
}

/** The session in this thread, behind the same interface: for tests. */
export function inProcessTableWorker(): TableWorkerLike {
  const worker: TableWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => setTimeout(() => handle(m), 0),
    terminate: () => {
      worker.onmessage = null;
    },
  };
  const handle = createTableSession((m) => worker.onmessage?.({ data: m } as MessageEvent<FromTableWorker>));
  return worker;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class TableWorker {
  private readonly worker: TableWorkerLike;
  private pending: { seq: number; resolve: (m: FromTableWorker) => void; reject: (e: Error) => void; onProgress?: ((share: number) => void) | undefined } | null = null;
  private seq = 0;

  constructor(create: () => TableWorkerLike = createBrowserTableWorker) {
    this.worker = create();
    this.worker.onmessage = (e) => {
      const m = e.data;
      // The answer to a question that a newer one superseded.
      if (m.seq !== this.pending?.seq) return;
      if (m.type === 'progress') return this.pending?.onProgress?.(m.share);
      const p = this.pending;
      this.pending = null;
      if (m.type === 'error') p?.reject(new Error(m.message));
      else p?.resolve(m);
    };
    this.worker.onerror = (e) => {
      const p = this.pending;
      this.pending = null;
      p?.reject(new Error(`The table reader stopped: ${e.message || 'unknown error'}`));
    };
  }

  private ask(message: DistributiveOmit<ToTableWorker, 'seq'>, onProgress?: (share: number) => void): Promise<FromTableWorker> {
    // One question at a time: a newer mapping supersedes the one still being applied.
    this.pending?.reject(new DOMException('Superseded', 'AbortError'));
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending = { seq, resolve, reject, onProgress };
      this.worker.postMessage({ ...message, seq });
    });
  }

  async read(text: string, options: Omit<ReadTableOptions, 'onProgress'>, onProgress?: (share: number) => void): Promise<TableSummary> {
    const m = await this.ask({ type: 'read', text, options }, onProgress);
    if (m.type !== 'read') throw new Error(`unexpected answer ${m.type}`);
    return m.summary;
  }

  async map(mapping: ColumnMapping, context: PlainMapContext, onProgress?: (share: number) => void): Promise<MappedTable> {
    const m = await this.ask({ type: 'map', mapping, context }, onProgress);
    if (m.type !== 'mapped') throw new Error(`unexpected answer ${m.type}`);
    return m.result;
  }

  cancel(): void {
    this.worker.terminate();
    const p = this.pending;
    this.pending = null;
    p?.reject(new DOMException('The table import was cancelled', 'AbortError'));
  }
}
