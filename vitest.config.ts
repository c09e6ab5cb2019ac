import { defineConfig } from 'vitest/config';

/**
 * The long suites, in their own projects so that `npx vitest run --project unit` gives a quick answer while
 * working; `npm test` and CI run them all. HEAVY: long files that a busy machine only slows down (property
 * tests, thousands of generated cases, the hostile corpus, whose time bounds are ten times what a run takes);
 * they run with the unit files. TIMED: files that race a process or the clock (builds killed mid-write, a
 * browser polled for what it shows, LibreOffice, the package install): alone and one at a time, after the rest.
 * A new long suite goes in one of these folders or is named `*.slow.test.ts` (heavy) or `*.browser.test.ts` (timed).
 */
const TIMED = [
  'test/kill/**/*.test.ts',
  'test/**/*.browser.test.ts',
  'test/render/libreoffice.test.ts',
  // npm pack, then npm install -g into a throw-away prefix.
  'test/package/install.test.ts',
];
const HEAVY = ['test/property/**/*.test.ts', 'test/hostile/**/*.test.ts', 'test/**/*.slow.test.ts'];

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
      // Most files wait on the processes they spawn: two files at a time keep both cores busy. A file leaves no
      // state behind (every cache in src/ is keyed by its input), so the files of a worker share one module graph
      // instead of importing everything again: a third of the CPU time of the small files.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...TIMED, ...HEAVY], maxWorkers: 2, isolate: false, sequence: { groupOrder: 0 } } },
      // The heavy files share the first group's two workers (vitest gives one group one worker count).
      { extends: true, test: { name: 'heavy', include: HEAVY, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      // Then the timed files, alone and one at a time.
      { extends: true, test: { name: 'slow', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
