#!/usr/bin/env node
// Entry point: the only place that touches process; everything else takes its inputs as arguments.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
});
