import { commandDefaults, type CommandArgs } from '../config/defaults.js';
import { resolveConfig } from './resolve-config.js';
import { opsMessagesFor } from '../diagnostics/ops-messages.js';
import { messagesFor, type Messages } from '../diagnostics/messages.js';
import { UsageError, type CliIo } from '../core/cli-io.js';
import { resolveLang, useColor } from './options.js';

interface RawArgs {
  plan?: string;
  paths: string[];
  lang?: string;
  color?: boolean;
  config?: string | false;
}

/** What validate and status both start from: the config applied, a plan and paths present, the language chosen. */
export async function resolveCommandInputs<A extends RawArgs>(
  rawArgs: A,
  io: CliIo,
): Promise<{ args: A & CommandArgs & { plan: string }; t: Messages; ops: ReturnType<typeof opsMessagesFor>; color: boolean }> {
  const resolved = await resolveConfig(io, rawArgs.config, resolveLang(rawArgs.lang));
  const args = commandDefaults(rawArgs, resolved.config);
  const t = messagesFor(resolveLang(args.lang));
  const ops = opsMessagesFor(t.lang);
  if (!args.plan) throw new UsageError(ops.missingPlan());
  if (args.paths.length === 0) throw new UsageError(ops.noReports());
  return { args: args as A & CommandArgs & { plan: string }, t, ops, color: useColor(args.color, io) };
}
