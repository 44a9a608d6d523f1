import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { rendererMemoryMB } from './tabMemory';

/** A child process that looks like a renderer (or not) to /proc: its command line says so. */
function child(type: string): Promise<ChildProcess> {
  const p = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', `--type=${type}`], { stdio: 'ignore' });
  // Give the kernel a moment to show its command line.
  return new Promise((resolve) => setTimeout(() => resolve(p), 300));
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const p of started.splice(0)) p.kill();
});

describe.skipIf(!existsSync('/proc/self/smaps_rollup'))('rendererMemoryMB', () => {
  it('counts the renderer processes under this one, and only those', async () => {
    started.push(await child('gpu-process'));
    expect(rendererMemoryMB()).toBeNull();
    started.push(await child('renderer'));
    const one = rendererMemoryMB()!;
    expect(one).toBeGreaterThan(1);
    started.push(await child('renderer'));
    expect(rendererMemoryMB()!).toBeGreaterThan(one);
  });
});
