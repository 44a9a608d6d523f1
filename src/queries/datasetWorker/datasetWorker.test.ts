import { describe, expect, it } from 'vitest';
import { datasetToArrow } from '../../domain/arrow/writeArrow';
import { generateDataset } from '../../domain/generate/generateDataset';
import { parseDataset } from '../../domain/parseDataset';
import { DatasetLoadError, loadDataset } from '../datasetQuery';
import { loadDatasetInWorker, LoadFailure, type DatasetWorkerLike } from './loadDatasetInWorker';
import { runLoadJob } from './loadJob';
import type { FromDatasetWorker, LoadRequest, ToDatasetWorker } from './protocol';

const input = generateDataset({ events: 25, seed: 4 });
const jsonBytes = new TextEncoder().encode(JSON.stringify(input));
const arrowBytes = datasetToArrow(input);
const expected = parseDataset(JSON.parse(JSON.stringify(input))).value!;

const serve = (body: Uint8Array | string, status = 200): typeof fetch =>
  (async () => new Response(status === 200 ? (body as BodyInit) : 'gone', { status, statusText: status === 200 ? 'OK' : 'Not Found' })) as typeof fetch;

/** The worker's job run in-process behind the Worker interface: what the page sees, without a browser. */
function inProcessWorker(fetchImpl: typeof fetch, chunkSize = 4) {
  const controller = new AbortController();
  const received: ToDatasetWorker[] = [];
  const worker: DatasetWorkerLike & { received: ToDatasetWorker[]; terminated: boolean } = {
    onmessage: null,
    onerror: null,
    received,
    terminated: false,
    postMessage(m) {
      received.push(m);
      if (m.type === 'cancel') return controller.abort();
      void runLoadJob(m, {
        signal: controller.signal,
        fetch: fetchImpl,
        chunkSize,
        // Structured clone, as postMessage does: the page never shares the worker's objects.
        post: (msg) => queueMicrotask(() => !worker.terminated && worker.onmessage?.({ data: structuredClone(msg) } as MessageEvent<FromDatasetWorker>)),
      });
    },
    terminate() {
      worker.terminated = true;
      controller.abort();
    },
  };
  return worker;
}

const request: LoadRequest = { type: 'load', url: 'https://example.org/data/x', displayUrl: 'data/x' };

describe('loading in the dataset worker', () => {
  it.each([
    ['JSON', jsonBytes],
    ['Arrow', arrowBytes],
  ])('%s arrives in chunks and makes the same dataset and index as reading it in place', async (_, bytes) => {
    const worker = inProcessWorker(serve(bytes));
    const phases = new Set<string>();
    const { index, problems } = await loadDatasetInWorker('data/x', { createWorker: () => worker, pageHref: 'https://example.org/', onProgress: (p) => phases.add(p) });
    expect(problems).toEqual([]);
    expect(index.dataset).toEqual(expected);
    expect([...index.eventIndexById].every(([id, i]) => index.dataset.events[i]!.id === id)).toBe(true);
    expect(index.eventById.size).toBe(25);
    expect(phases).toEqual(new Set(['download', 'decode', 'send']));
    expect(worker.received[0]).toEqual({ type: 'load', url: 'https://example.org/data/x', displayUrl: 'data/x', pageHref: 'https://example.org/' });
    expect(worker.terminated).toBe(true);
  });

  it.each([
    ['a truncated Arrow file', serve(arrowBytes.subarray(0, arrowBytes.length - 40)), /^data\/x is not a readable Arrow file: the file is cut short/],
    ['broken JSON', serve('{"format": '), /^data\/x is not valid JSON: /],
    ['HTTP 404', serve('', 404), /^Loading data\/x failed: HTTP 404 Not Found$/],
    ['a server that does not answer', (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch, /^Could not reach data\/x: Failed to fetch$/],
  ])('%s rejects with one clear message', async (_, fetchImpl, message) => {
    const worker = inProcessWorker(fetchImpl);
    const failure = await loadDatasetInWorker('data/x', { createWorker: () => worker, pageHref: 'https://example.org/' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LoadFailure);
    expect((failure as Error).message).toMatch(message);
    expect(worker.terminated).toBe(true);
  });

  it('a file that is no usable dataset rejects with its problems, and the query turns them into a DatasetLoadError', async () => {
    const bad = new TextEncoder().encode(JSON.stringify({ ...input, format: 'other' }));
    const failure = await loadDataset('data/x', undefined, () => inProcessWorker(serve(bad))).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatasetLoadError);
    expect((failure as DatasetLoadError).message).toBe('data/x is not a usable Sourceline dataset');
    expect((failure as DatasetLoadError).problems[0]!.path).toBe('format');
  });

  it('cancelling sends cancel, terminates the worker and rejects with an AbortError', async () => {
    const worker = inProcessWorker(serve(jsonBytes), 1);
    const controller = new AbortController();
    const loading = loadDatasetInWorker('data/x', { createWorker: () => worker, signal: controller.signal, onProgress: (phase) => phase === 'send' && controller.abort() });
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.received.map((m) => m.type)).toEqual(['load', 'cancel']);
    expect(worker.terminated).toBe(true);
  });

  it('a worker that crashes or stops early is a failure, not a partial dataset', async () => {
    const crashing: DatasetWorkerLike = { onmessage: null, onerror: null, terminate() {}, postMessage() { queueMicrotask(() => crashing.onerror?.({ message: 'out of memory' } as ErrorEvent)); } };
    await expect(loadDatasetInWorker('x', { createWorker: () => crashing })).rejects.toThrow('The dataset loader stopped: out of memory');
    const early: DatasetWorkerLike = {
      onmessage: null, onerror: null, terminate() {},
      postMessage() {
        queueMicrotask(() => {
          early.onmessage?.({ data: { type: 'head', format: 'json', sources: [], actors: [], problems: [], eventCount: 3 } } as unknown as MessageEvent<FromDatasetWorker>);
          early.onmessage?.({ data: { type: 'done' } } as unknown as MessageEvent<FromDatasetWorker>);
        });
      },
    };
    await expect(loadDatasetInWorker('x', { createWorker: () => early })).rejects.toThrow('0 of 3 events arrived');
  });
});

describe('the worker job', () => {
  it('posts nothing more once cancelled between chunks, and never "done"', async () => {
    const controller = new AbortController();
    const posted: FromDatasetWorker[] = [];
    await runLoadJob(request, {
      signal: controller.signal,
      fetch: serve(arrowBytes),
      chunkSize: 5,
      post: (m) => posted.push(m),
      pause: async () => {
        if (posted.filter((m) => m.type === 'events').length === 2) controller.abort();
      },
    });
    expect(posted.filter((m) => m.type === 'events')).toHaveLength(2);
    expect(posted.some((m) => m.type === 'done' || m.type === 'error')).toBe(false);
  });

  it('cancelled while downloading, it posts no error: the page asked for nothing more', async () => {
    const controller = new AbortController();
    const posted: FromDatasetWorker[] = [];
    const slowFetch = ((_: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const job = runLoadJob(request, { signal: controller.signal, fetch: slowFetch, post: (m) => posted.push(m) });
    controller.abort();
    await job;
    expect(posted).toEqual([]);
  });

  it('sends the events in time order, in chunks of the size asked, then done', async () => {
    const posted: FromDatasetWorker[] = [];
    await runLoadJob(request, { signal: new AbortController().signal, fetch: serve(jsonBytes), chunkSize: 10, post: (m) => posted.push(m), pause: async () => {} });
    const chunks = posted.filter((m): m is Extract<FromDatasetWorker, { type: 'events' }> => m.type === 'events');
    expect(chunks.map((c) => c.events.length)).toEqual([10, 10, 5]);
    expect(chunks.flatMap((c) => c.events.map((e) => e.id))).toEqual(expected.events.map((e) => e.id));
    expect(posted.at(-1)).toEqual({ type: 'done' });
  });
});
