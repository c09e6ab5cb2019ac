/** What the CLI may touch of the outside world, passed in so tests run it in-process. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutStream;
  stderr: OutStream;
  /** The moment of the run; bin/ passes the system clock, tests a fixed one (see app/clock.ts). */
  now(): Date;
}

/** 0: no errors (warnings allowed); 1: the inputs have errors; 2: the tool could not do its job. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
