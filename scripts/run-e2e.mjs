#!/usr/bin/env node
/**
 * `npm run test:e2e`: checks what the journeys need before Playwright starts, so that a
 * missing browser or build is one clear line, then runs `playwright test` (extra
 * arguments are passed on: `npm run test:e2e -- e2e/search.spec.ts --headed`).
 *
 * The same lookup as scripts/lib/chromium.ts, which playwright.config.ts uses (this file is
 * plain Node 20, which cannot load TypeScript).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, 'chromium'))) return join(dir, 'chromium');
  }
  return null;
}

function fail(message) {
  console.error(`run-e2e: ${message}`);
  process.exit(1);
}

const chromium = findChromium();
if (!chromium) {
  const env = process.env.CHROMIUM_PATH?.trim();
  fail(
    `Chromium not found${env ? ` at CHROMIUM_PATH=${env}` : ' (looked at /usr/bin/chromium and `chromium` on PATH)'}: ` +
      'install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to its executable.',
  );
}

if (!existsSync(join(root, 'dist', 'index.html'))) {
  fail('dist/ has no build to test: run `npm run build` first (the journeys run against the production build).');
}

const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
console.log(`run-e2e: ${(version.stdout || '').trim() || 'Chromium'} at ${chromium}`);

const resultsFile = join(root, 'test-results', 'results.json');
rmSync(resultsFile, { force: true });

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
if (result.error) fail(`could not start Playwright: ${result.error.message}`);

// One plain closing line, whatever the reporters printed above it.
try {
  const { stats } = JSON.parse(readFileSync(resultsFile, 'utf8'));
  console.log(`e2e: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
} catch {
  // No report (Playwright stopped before running): its own output says why.
}
process.exit(result.status ?? 1);
