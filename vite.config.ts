/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { holidayCalendarsOnly } from './scripts/holidays/holidayCalendarsPlugin.ts';

export default defineConfig({
  plugins: [react(), holidayCalendarsOnly()],
  // The extractor runs in a worker: its bundle needs the same slimming of date-holidays-parser.
  worker: { plugins: () => [holidayCalendarsOnly()] },
  // Relative base so the built app also works from a sub-path or a file server.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    // Dates are the domain: every unit test runs in one fixed zone (see vitest.setup.ts).
    setupFiles: ['./vitest.setup.ts'],
  },
});
