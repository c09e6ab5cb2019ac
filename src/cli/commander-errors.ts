import type { CommanderError } from 'commander';
import { UsageError } from '../core/errors.js';

/** The long form of an option's flags ("-p, --plan <file>" → "--plan"). */
function longFlag(flags: string): string {
  return flags.split(/[ ,|]+/).find((f) => f.startsWith('--')) ?? flags.split(/[ ,|]+/)[0]!;
}

/** Commander's "(Did you mean --plan?)" tail, as the suggested word. */
function suggestion(message: string): string | undefined {
  return /\(Did you mean (?:one of )?([^?]+)\?\)/.exec(message)?.[1];
}

/**
 * Commander's own errors are English sentences; the tool words them itself. Each code is read back into a key and
 * its data (the flag, the value, the choices); a code this does not know is returned as undefined (an internal error).
 */
export function commanderProblem(error: CommanderError): UsageError | undefined {
  const m = error.message;
  const quoted = [...m.matchAll(/'([^']*)'/g)].map((x) => x[1]!);
  switch (error.code) {
    case 'commander.unknownOption':
      return new UsageError('errors.unknownOption', quoted[0] ?? '', suggestion(m));
    case 'commander.unknownCommand':
      return new UsageError('errors.unknownCommand', quoted[0] ?? '', suggestion(m));
    case 'commander.missingArgument':
      return new UsageError('errors.missingArgument', `<${quoted[0] ?? ''}>`);
    case 'commander.optionMissingArgument':
    case 'commander.missingMandatoryOptionValue':
      return new UsageError('errors.optionNeedsValue', longFlag(quoted[0] ?? ''));
    case 'commander.invalidArgument': {
      // "option '--lang <lang>' argument 'fr' is invalid. Allowed choices are vi, en." or a parser's list of forms.
      const tail = m.slice(m.indexOf('is invalid.') + 'is invalid.'.length).trim().replace(/^Allowed choices are /, '').replace(/\.$/, '');
      return new UsageError('errors.invalidOptionValue', longFlag(quoted[0] ?? ''), quoted[1] ?? '', tail ? tail.split(', ') : []);
    }
    case 'commander.excessArguments':
      return new UsageError('errors.excessArguments', quoted[0] ?? 'compile-report', Number(/Expected (\d+)/.exec(m)?.[1] ?? 0));
    default:
      return undefined;
  }
}
