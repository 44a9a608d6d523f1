/**
 * Page-side code for the bench's loading and search figures, as plain JavaScript strings
 * (see pageProbe.ts for why not functions).
 */
import { FIRST_DRAW_MARK } from './pageProbe.ts';

export interface LoadLongTasks {
  readonly count: number;
  readonly maxMs: number;
  readonly totalMs: number;
}

/** An init script: records every long task from the start of the page. */
export const RECORD_LOAD_LONG_TASKS = `(() => {
  window.__sourcelineLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__sourcelineLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})()`;

/** The long tasks that began before the first-draw mark: what loading held the main thread for. */
export const LOAD_LONG_TASKS = `(() => {
  const tasks = window.__sourcelineLongTasks;
  const mark = performance.getEntriesByName(${JSON.stringify(FIRST_DRAW_MARK)}, 'mark')[0];
  if (!tasks || !mark) return null;
  const before = tasks.filter(([start]) => start < mark.startTime).map(([, duration]) => duration);
  return {
    count: before.length,
    maxMs: Math.round(Math.max(0, ...before) * 10) / 10,
    totalMs: Math.round(before.reduce((a, b) => a + b, 0) * 10) / 10,
  };
})()`;

/**
 * Types `query` into the search box as input events do and waits for the count of
 * matches to change: milliseconds from the keystroke to the answer on screen (the first
 * search includes building the search index). null when there is no search box.
 */
export const SEARCH_LATENCY = (query: string) => `(async () => {
  const input = document.querySelector('#event-search');
  const count = document.querySelector('[data-testid="event-count"]');
  if (!input || !count) return null;
  const before = count.textContent;
  const started = performance.now();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(query)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
  while (count.textContent === before) {
    if (performance.now() - started > 100000) return null;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return performance.now() - started;
})()`;
