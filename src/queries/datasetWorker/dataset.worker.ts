/// <reference lib="webworker" />
/**
 * Fetches, decodes and validates a dataset off the main thread (see loadJob.ts). Started
 * by loadDatasetInWorker.ts, one worker per load.
 */
import { runLoadJob } from './loadJob';
import type { FromDatasetWorker, ToDatasetWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const controller = new AbortController();
scope.onmessage = (e: MessageEvent<ToDatasetWorker>) => {
  if (e.data?.type === 'load') void runLoadJob(e.data, { signal: controller.signal, post: (m: FromDatasetWorker) => scope.postMessage(m) });
  else if (e.data?.type === 'cancel') controller.abort();
};
