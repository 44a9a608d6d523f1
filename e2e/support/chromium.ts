import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The browser the journeys drive: Debian's Chromium, never a Playwright download.
 * (scripts/run-e2e.mjs checks the same places before starting Playwright, so that a
 * missing browser is one clear line rather than a stack trace from the config.)
 */

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const CHROMIUM_MISSING =
  'Chromium not found (looked at $CHROMIUM_PATH, /usr/bin/chromium and `chromium` on PATH): ' +
  'install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to its executable.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The Chromium executable to use, or null: $CHROMIUM_PATH, then /usr/bin/chromium, then `chromium` on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  // An explicit choice that is wrong is an error, not a reason to quietly use another browser.
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, 'chromium'))) return join(dir, 'chromium');
  }
  return null;
}
