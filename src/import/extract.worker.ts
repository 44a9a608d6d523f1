/// <reference lib="webworker" />
/**
 * Runs the extractor off the main thread. Started by extractInWorker.ts, one worker per
 * job; cancelling terminates it.
 */
import { handleExtractRequest, type FromWorker, type ToWorker } from './workerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  if (e.data?.type === 'extract') void handleExtractRequest(e.data, (m: FromWorker) => scope.postMessage(m));
};
