import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it is set, and says how to fix a wrong one', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      "Chromium not found at /nonexistent/chromium; install Debian's package with `apt-get install -y chromium` or set CHROMIUM_PATH",
    );
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('falls back to `chromium` on PATH, and names the default when nothing is found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-'));
    const fake = join(dir, 'chromium');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(findChromium({ PATH: `/nonexistent:${dir}` }, '/nonexistent/default')).toBe(fake);
    expect(() => findChromium({ PATH: '/nonexistent' }, '/nonexistent/default')).toThrow(
      /^Chromium not found at \/nonexistent\/default \(nor as `chromium` on PATH\); install Debian's package/,
    );
  });

  it('keeps the sandbox-free, quiet flag set', () => {
    expect(CHROMIUM_ARGS).toEqual([
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ]);
  });
});
