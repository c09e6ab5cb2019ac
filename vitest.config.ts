import { defineConfig } from 'vitest/config';

/**
 * The long suites, in a project of their own so that `npx vitest run --project unit` gives a quick answer
 * while working; `npm test` and CI run both. They spawn many processes (builds killed mid-write, hostile
 * inputs through the binary, LibreOffice, a browser, the package install) or run thousands of generated
 * cases. None of them races a busy machine: time bounds are ten times what a run takes, a kill may land
 * anywhere, and what the browser shows is polled for up to 15 s. A new long suite goes in one of these
 * folders or is named `*.slow.test.ts`; a test that drives a browser is named `*.browser.test.ts`.
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
    // Most files wait on the processes they spawn: two files at a time keep both cores busy.
    maxWorkers: 2,
    // Both projects run together; vitest starts the slow files first (projects in name order), so that no long
    // file is left running alone at the end.
    projects: [
      // A unit file leaves no state behind (every cache in src/ is keyed by its input), so the files of a worker
      // share one module graph instead of importing everything again: a third of the CPU time of the small files.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SLOW, isolate: false } },
      { extends: true, test: { name: 'slow', include: SLOW, expect: { poll: { timeout: 15_000 } } } },
    ],
  },
});
