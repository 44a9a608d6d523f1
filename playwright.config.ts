import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium';

/**
 * Playwright journeys against the production build (`vite preview`), in Debian's
 * Chromium. Run them with `npm run test:e2e` (which checks the browser and dist/ first).
 */

const CI = !!process.env.CI;
// E2E_PORT: another checkout's preview server may hold 4173 (and would be reused).
const PORT = Number(process.env.E2E_PORT) || 4173;
// Debian's Chromium, never a Playwright download; throws "Chromium not found … apt-get install -y chromium … or set CHROMIUM_PATH".
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Screenshots and failure artefacts (git-ignored; kept after the run).
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  // Two cores: one worker each; the preview server is light.
  workers: 2,
  retries: CI ? 1 : 0,
  timeout: 20_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: 'playwright-report', open: 'never' }],
    // Read by scripts/run-e2e.mjs for its one-line summary.
    ['json', { outputFile: 'test-results/results.json' }],
  ],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${PORT}/`,
    // The presenter's shared window.
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    // Not UTC on purpose: a calendar date (19 June 2024) must not shift with the viewer's zone.
    timezoneId: 'America/New_York',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    actionTimeout: 5_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS] },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
