/** What every end-to-end table row states: the command line, the exit code and what must be printed. */
export interface CliCase {
  name: string;
  argv: string[];
  env?: Record<string, string>;
  code: number;
  stdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
  /** Nothing at all on stdout. */
  stdoutEmpty?: boolean;
}
