import { defineConfig } from 'vitest/config';

/**
 * The slow suites: they spawn many processes (builds killed mid-write, hostile inputs through the
 * binary, LibreOffice, a browser) or run thousands of generated cases. They live in their own project
 * so that `npx vitest run --project unit` gives a quick answer while working; `npm test` and CI run
 * both projects. A new slow suite goes in one of these folders or is named `*.slow.test.ts`; a test
 * that drives a browser is named `*.browser.test.ts`.
 */
const SLOW = [
  'test/kill/**/*.test.ts',
  'test/hostile/**/*.test.ts',
  'test/property/**/*.test.ts',
  'test/**/*.browser.test.ts',
  'test/render/libreoffice.test.ts',
  // npm pack, then npm install -g into a throw-away prefix.
  'test/package/install.test.ts',
  'test/**/*.slow.test.ts',
];

export default defineConfig({
  test: {
    // Rebuilds a stale dist/ (the end-to-end tests spawn it) or stops the run before any test.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The JSON report is what .ci/run counts; the default reporter is what people read.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      // Most files wait on the processes they spawn: two files at a time keep both cores busy.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SLOW, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      // The slow files measure time (a build killed mid-write, progress on a terminal): alone, after the rest.
      { extends: true, test: { name: 'slow', include: SLOW, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
