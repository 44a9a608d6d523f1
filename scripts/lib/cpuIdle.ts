/**
 * How busy the machine is right now, from the kernel's per-CPU time counters: a
 * benchmark that shares two cores with a test suite measures the test suite.
 */
import { cpus } from 'node:os';

function totals(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const t = cpu.times;
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total };
}

/** Share of CPU time (0…1, all cores) that was idle over the next `ms` milliseconds. */
export async function idleShare(ms = 1000): Promise<number> {
  const a = totals();
  await new Promise((done) => setTimeout(done, ms));
  const b = totals();
  const total = b.total - a.total;
  return total > 0 ? (b.idle - a.idle) / total : 1;
}

/**
 * Waits until at least `minIdle` of the CPU time is idle over a second, for at most
 * `maxWaitMs`. Returns the last idle share measured and how long it waited.
 */
export async function waitForQuietMachine(minIdle: number, maxWaitMs: number): Promise<{ idle: number; waitedMs: number }> {
  const started = performance.now();
  let idle = await idleShare();
  while (idle < minIdle && performance.now() - started < maxWaitMs) idle = await idleShare();
  return { idle, waitedMs: Math.round(performance.now() - started) };
}
