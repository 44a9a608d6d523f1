/**
 * Where Debian's Chromium is, for playwright-core (which ships no browser of its own),
 * and the flags every headless run here uses. Shared by the benchmark and the e2e runner.
 *
 * Written with erasable TypeScript only, so Node's type stripping can load it as well as tsx.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible headless Chromium. Frame pacing is left at its
 * defaults (vsync at 60 Hz), so a 16.7 ms frame interval means "every frame".
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    // A directory is "executable" too.
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium executable: $CHROMIUM_PATH when set, else /usr/bin/chromium, else
 * `chromium` on PATH. Throws with what was tried and how to fix it.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, defaultPath: string = DEFAULT_CHROMIUM_PATH): string {
  const configured = env.CHROMIUM_PATH?.trim();
  const tried: string[] = [];
  const candidates = configured ? [configured] : [defaultPath, ...onPath('chromium', env.PATH ?? '')];
  for (const candidate of candidates) {
    if (isExecutable(candidate)) return candidate;
    tried.push(candidate);
  }
  const where = configured ? tried.join(', ') : `${defaultPath} (nor as \`chromium\` on PATH)`;
  throw new Error(`Chromium not found at ${where}; install Debian's package with \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
}

function onPath(name: string, path: string): string[] {
  return path
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name));
}
