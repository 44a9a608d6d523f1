import type { Extraction } from '../extract';
import { runExtraction, type ExtractJobOptions, type ExtractProgress } from './extractJob';

/** Messages between the page and extract.worker.ts. */
export type ToWorker = { readonly type: 'extract'; readonly text: string; readonly options: ExtractJobOptions };
export type FromWorker =
  | ({ readonly type: 'progress' } & ExtractProgress)
  | { readonly type: 'result'; readonly extraction: Extraction }
  | { readonly type: 'error'; readonly message: string };

/** The worker's whole job, apart from the worker: runs the steps, reports each, yields to the event loop between them. */
export async function handleExtractRequest(
  message: ToWorker,
  post: (m: FromWorker) => void,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<void> {
  try {
    const steps = runExtraction(message.text, message.options);
    for (;;) {
      const step = steps.next();
      if (step.done) return post({ type: 'result', extraction: step.value });
      post({ type: 'progress', ...step.value });
      await pause();
    }
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
