import { readDatasetBytes, unreadableMessage } from '../../domain/readDatasetBytes';
import { unreachableMessage } from '../unreachable';
import type { Problem } from '../../domain/parseDataset';
import type { FromDatasetWorker, LoadErrorKind, LoadRequest } from './protocol';

/**
 * The dataset worker's whole job, apart from the worker, so that it runs in tests:
 * fetch with progress, decode and validate, then post the head and the events in chunks,
 * yielding between chunks so that a `cancel` message is seen. After `signal` aborts
 * nothing more is posted.
 */

export interface LoadJobDeps {
  readonly post: (message: FromDatasetWorker) => void;
  readonly signal: AbortSignal;
  readonly fetch?: typeof fetch;
  /** Events per `events` message. */
  readonly chunkSize?: number;
  readonly pause?: () => Promise<void>;
}

/** Small enough that one chunk's structured clone takes the page a few milliseconds. */
export const DEFAULT_CHUNK_SIZE = 2_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runLoadJob(request: LoadRequest, deps: LoadJobDeps): Promise<void> {
  const { signal, chunkSize = DEFAULT_CHUNK_SIZE, pause = nextTask, fetch: fetchImpl = fetch } = deps;
  const post = (m: FromDatasetWorker) => {
    if (!signal.aborted) deps.post(m);
  };
  const fail = (kind: LoadErrorKind, message: string, problems: readonly Problem[] = []) => post({ type: 'error', kind, message, problems });
  const name = request.displayUrl;
  try {
    let response: Response;
    try {
      response = await fetchImpl(request.url, { signal });
    } catch (e) {
      if (signal.aborted) return;
      return fail('network', unreachableMessage(name, (e as Error).message, request.pageHref));
    }
    if (!response.ok) return fail('http', `Loading ${name} failed: HTTP ${response.status} ${response.statusText}`.trim());
    let bytes: Uint8Array;
    try {
      bytes = await readBody(response, (done, total) => post({ type: 'progress', phase: 'download', done, total }));
    } catch (e) {
      if (signal.aborted) return;
      return fail('network', `Reading ${name} stopped: ${(e as Error).message}`);
    }
    if (signal.aborted) return;
    post({ type: 'progress', phase: 'decode', done: 0, total: null });
    const outcome = readDatasetBytes(bytes);
    if (outcome.unreadable !== undefined) return fail('unreadable', unreadableMessage(name, outcome.unreadable));
    const { value, problems } = outcome;
    if (!value) return fail('unusable', `${name} is not a usable Sourceline dataset`, problems);
    post({
      type: 'head',
      format: outcome.format,
      ...(value.title !== undefined ? { title: value.title } : {}),
      ...(value.description !== undefined ? { description: value.description } : {}),
      sources: value.sources,
      actors: value.actors,
      ...(value.scenes !== undefined ? { scenes: value.scenes } : {}),
      problems,
      eventCount: value.events.length,
    });
    for (let at = 0; at < value.events.length; at += chunkSize) {
      if (signal.aborted) return;
      post({ type: 'events', events: value.events.slice(at, at + chunkSize) });
      post({ type: 'progress', phase: 'send', done: Math.min(at + chunkSize, value.events.length), total: value.events.length });
      await pause();
    }
    post({ type: 'done' });
  } catch (e) {
    fail('internal', `Loading ${name} failed: ${(e as Error).message}`);
  }
}

/** The body as bytes, reporting how much has arrived (total from Content-Length, when the server sends it). */
async function readBody(response: Response, progress: (done: number, total: number | null) => void): Promise<Uint8Array> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let done = 0;
  let lastReport = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    parts.push(chunk.value);
    done += chunk.value.length;
    // A report per ~1 MB: a message per network packet would flood the page.
    if (done - lastReport >= 1 << 20) {
      progress(done, total);
      lastReport = done;
    }
  }
  progress(done, total);
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(done);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
