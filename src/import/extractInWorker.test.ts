import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extract } from '../extract';
import { ExtractionError, extractInWorker, type WorkerLike } from './extractInWorker';
import { handleExtractRequest, type FromWorker, type ToWorker } from './workerProtocol';

const seed = readFileSync(new URL('../../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const PUBLISHED = '2025-08-13T10:15+03:00';

/** The worker's handler run in-process, with messages delivered asynchronously as a real worker's are. */
function fakeWorker(): WorkerLike & { terminated: boolean } {
  const w = {
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    terminated: false,
    postMessage(message: ToWorker) {
      setTimeout(() => {
        void handleExtractRequest(message, (m: FromWorker) => {
          if (!w.terminated) w.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromWorker>);
        });
      });
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

describe('extractInWorker', () => {
  it('resolves with the extraction and reports progress', async () => {
    const worker = fakeWorker();
    const onProgress = vi.fn();
    const result = await extractInWorker(seed, { published: PUBLISHED, sourceId: 's' }, { createWorker: () => worker, onProgress });
    expect(result).toEqual(extract(seed, { published: PUBLISHED, sourceId: 's' }));
    expect(onProgress).toHaveBeenCalledWith({ done: seed.length, total: seed.length, chunk: 1, chunks: 1 });
    expect(worker.terminated).toBe(true);
  });

  it('reports several steps on a long text', async () => {
    const onProgress = vi.fn();
    const text = `${seed}\n\n`.repeat(6);
    await extractInWorker(text, { published: PUBLISHED, chunkChars: 3000 }, { createWorker: fakeWorker, onProgress });
    expect(onProgress.mock.calls.length).toBeGreaterThan(3);
    expect(onProgress.mock.calls.at(-1)![0]).toMatchObject({ done: text.length, total: text.length });
  });

  it('cancels: the worker is terminated and the promise rejects with an AbortError', async () => {
    const worker = fakeWorker();
    const controller = new AbortController();
    const job = extractInWorker(seed, { published: PUBLISHED }, { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    await expect(extractInWorker(seed, { published: PUBLISHED }, { createWorker: fakeWorker, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('rejects with a readable ExtractionError', async () => {
    const job = extractInWorker(seed, { published: 'yesterday' }, { createWorker: fakeWorker });
    await expect(job).rejects.toBeInstanceOf(ExtractionError);
    await expect(job).rejects.toThrow(/^Extraction failed: publication date-time/u);
    const broken = extractInWorker(seed, { published: PUBLISHED }, {
      createWorker: () => {
        throw new Error('no workers here');
      },
    });
    await expect(broken).rejects.toThrow('The extractor could not be started: no workers here');
  });
});
