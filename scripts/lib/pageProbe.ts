/**
 * Code that runs inside the benchmarked page, kept as plain JavaScript strings: tsx
 * compiles functions with helpers (`__name`) that do not exist in the page, so
 * functions handed to page.evaluate() would break there.
 *
 * The probe records frame intervals with a requestAnimationFrame loop (performance.now()
 * deltas, and the rAF timestamps' deltas beside them) and long tasks with a
 * PerformanceObserver, between start() and stop().
 */

export const FIRST_DRAW_MARK = 'sourceline:first-draw';

export interface ProbeSample {
  /** Milliseconds between consecutive rAF callbacks, by performance.now(): what the page's code experiences. */
  readonly intervals: number[];
  /**
   * Milliseconds between the rAF timestamps (each frame's begin time, aligned to vsync):
   * 16.7 is a frame made on time, 33.3 one vsync missed. Free of callback scheduling jitter.
   */
  readonly frameTimes: number[];
  readonly longTasks: number;
  readonly longTaskMs: number;
}

export const INSTALL_PROBE = `(() => {
  if (window.__sourcelineBench) return;
  let current = null;
  const observer = typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes && PerformanceObserver.supportedEntryTypes.includes('longtask')
    ? new PerformanceObserver((list) => {
        if (!current) return;
        for (const entry of list.getEntries()) { current.longTasks += 1; current.longTaskMs += entry.duration; }
      })
    : null;
  if (observer) observer.observe({ type: 'longtask' });
  window.__sourcelineBench = {
    start() {
      const sample = { intervals: [], frameTimes: [], longTasks: 0, longTaskMs: 0, last: -1, lastFrame: -1, on: true };
      current = sample;
      const tick = (frameTime) => {
        if (!sample.on) return;
        const now = performance.now();
        if (sample.last >= 0) sample.intervals.push(now - sample.last);
        if (sample.lastFrame >= 0) sample.frameTimes.push(frameTime - sample.lastFrame);
        sample.last = now;
        sample.lastFrame = frameTime;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stop() {
      const sample = current;
      current = null;
      if (!sample) return { intervals: [], frameTimes: [], longTasks: 0, longTaskMs: 0 };
      sample.on = false;
      if (observer) for (const entry of observer.takeRecords()) { sample.longTasks += 1; sample.longTaskMs += entry.duration; }
      return { intervals: sample.intervals, frameTimes: sample.frameTimes, longTasks: sample.longTasks, longTaskMs: sample.longTaskMs };
    },
  };
})()`;

export const START_PROBE = 'window.__sourcelineBench.start()';
export const STOP_PROBE = 'window.__sourcelineBench.stop()';

/** Milliseconds from navigation start to the first-draw mark, or null while it is absent. */
export const FIRST_DRAW_TIME = `(() => {
  const mark = performance.getEntriesByName(${JSON.stringify(FIRST_DRAW_MARK)}, 'mark')[0];
  return mark ? mark.startTime : null;
})()`;

export const HAS_FIRST_DRAW = `performance.getEntriesByName(${JSON.stringify(FIRST_DRAW_MARK)}, 'mark').length > 0`;

/** data-drawn-events of the timeline (on the element labelled "Timeline" or inside it). */
export const DRAWN_EVENTS = `(() => {
  const el = document.querySelector('[aria-label="Timeline"][data-drawn-events], [aria-label="Timeline"] [data-drawn-events]');
  const value = el ? Number(el.getAttribute('data-drawn-events')) : NaN;
  return Number.isFinite(value) ? value : null;
})()`;

/** What the page says when it did not draw: alerts, status lines, or the start of its text. */
export const PAGE_SUMMARY = `(() => {
  const messages = [...document.querySelectorAll('[role="alert"], [role="status"], .app__messages')]
    .map((el) => el.textContent.trim()).filter(Boolean);
  const text = messages.length ? messages.join(' | ') : (document.body ? document.body.innerText : '');
  return text.replace(/\\s+/g, ' ').slice(0, 300);
})()`;
