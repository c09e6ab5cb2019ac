#!/usr/bin/env node
// Entry point: the only place that touches process; everything else takes its inputs as arguments.
import { main } from '../dist/cli/main.js';

/**
 * A stream whose reader may leave early (`compile-report … | head`): from then on writes are dropped,
 * so the run still finishes and its exit code still says what it found, with no EPIPE stack trace.
 */
function tolerateClosedPipe(stream) {
  let closed = false;
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return { write: (chunk) => closed || stream.write(chunk), isTTY: stream.isTTY };
}

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: tolerateClosedPipe(process.stdout),
  stderr: tolerateClosedPipe(process.stderr),
  now: () => new Date(),
});
