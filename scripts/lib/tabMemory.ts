/**
 * The memory of the browser's renderer processes (the page, its workers and their
 * buffers), for the bench: what the page's JS heap does not show. Linux only: sums the
 * proportional set size (PSS: shared pages divided among the processes sharing them)
 * from /proc/<pid>/smaps_rollup over the descendants of this process that Chromium
 * started with --type=renderer. With one page open this is that tab, plus Chromium's
 * spare renderer when it keeps one (a few tens of MB).
 */
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces and parentheses: read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

/** Megabytes of PSS in the renderer processes under `root` (this process by default), or null where /proc cannot tell. */
export function rendererMemoryMB(root = process.pid): number | null {
  try {
    let kB = 0;
    let found = 0;
    for (const pid of descendantsOf(root)) {
      let cmdline: string;
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!cmdline.includes('--type=renderer')) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const pss = /^Pss:\s+(\d+) kB/m.exec(rollup);
      if (pss) {
        kB += Number(pss[1]);
        found++;
      }
    }
    return found > 0 ? Math.round(kB / 102.4) / 10 : null;
  } catch {
    return null;
  }
}
