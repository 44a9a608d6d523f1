/// <reference lib="webworker" />
/**
 * Reads and maps a table off the main thread. Started by TableWorker, one per import;
 * cancelling terminates it.
 */
import { createTableSession, type FromTableWorker, type ToTableWorker } from './tableSession';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createTableSession((m: FromTableWorker) => scope.postMessage(m));
scope.onmessage = (e: MessageEvent<ToTableWorker>) => handle(e.data);
