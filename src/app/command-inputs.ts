import { applyDefaults, buildDefaults, commandDefaults, type BuildDefaults, type CommandArgs } from '../config/defaults.js';
import type { Config } from '../config/load-config.js';
import { opsMessagesFor } from '../messages/ops.js';
import { messagesFor, type Messages } from '../messages/diagnostics.js';
import { type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';
import { resolveConfig } from './resolve-config.js';
import { resolveLang, useColor } from './options.js';

interface RawArgs {
  plan?: string;
  paths?: string[];
  lang?: string;
  color?: boolean;
  config?: string | false;
}

export interface InputsOptions<D extends object> {
  /** The command reads reports: no paths (given or configured) is a usage error. */
  reports?: boolean;
  /** What the command takes from the configuration (default: plan, reports and lang); the command line wins. */
  defaults?: (config: BuildDefaults) => D;
}

export interface CommandInputs<A> {
  args: A & { plan: string; paths: string[] };
  t: Messages;
  ops: ReturnType<typeof opsMessagesFor>;
  /** Colour for what goes to stdout, and for what goes to stderr. */
  color: boolean;
  errColor: boolean;
  /** The configuration in force, if any, and everything it gives. */
  config?: Config;
  defaults: BuildDefaults;
}

/**
 * What every command that reads a plan starts from: the configuration applied under the command line, the
 * language chosen, and a plan (and, when the command reads reports, paths) present, else the one usage error.
 */
export async function resolveCommandInputs<A extends RawArgs, D extends object = CommandArgs>(
  rawArgs: A,
  io: CliIo,
  options: InputsOptions<D> = {},
): Promise<CommandInputs<A & D>> {
  const { config } = await resolveConfig(io, rawArgs.config, resolveLang(rawArgs.lang));
  const defaults = buildDefaults(config);
  const withPaths = { ...rawArgs, paths: rawArgs.paths ?? [] };
  const args = (options.defaults ? applyDefaults(withPaths, options.defaults(defaults)) : commandDefaults(withPaths, config)) as A & D & { plan?: string; paths: string[] };
  const t = messagesFor(resolveLang(args.lang as string | undefined));
  const ops = opsMessagesFor(t.lang);
  if (!args.plan) throw new UsageError('errors.missingPlan');
  if (options.reports && args.paths.length === 0) throw new UsageError('errors.noReports');
  return {
    args: args as A & D & { plan: string; paths: string[] },
    t,
    ops,
    color: useColor(args.color, io),
    errColor: useColor(args.color, { ...io, stdout: io.stderr }),
    config,
    defaults,
  };
}
