import { suggest } from '../text/suggest.js';
import { opsMessagesFor } from '../messages/ops.js';
import { displayName } from '../load/collect-files.js';
import { resolveCommandInputs } from './command-inputs.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { deriveReportSchema } from '../schema/derive-report-schema.js';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';
import { loadPlanOrReport } from './load-plan.js';
import { absolute } from './options.js';

export interface SchemaArgs {
  plan?: string;
  agency?: string;
  out?: string;
  lang?: string;
  config?: string | false;
}

/** Stable text for a schema: checked in, diffed, and compared by the staleness test. */
export function schemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export async function runSchema(rawArgs: SchemaArgs, io: CliIo): Promise<number> {
  const { args, t, color } = await resolveCommandInputs(rawArgs, io);
  const plan = await loadPlanOrReport(args.plan, io, t, color);
  if (!plan) return EXIT.failure;
  if (args.agency) {
    const ids = plan.agencies.flatMap((a) => [a.id, ...(a.aliases ?? []).map((x) => x.id)]);
    if (!ids.includes(args.agency)) throw new UsageError('errors.unknownAgency', args.agency, ids, suggest(args.agency, ids));
  }
  const text = schemaText(deriveReportSchema(plan, { agency: args.agency }));
  if (args.out) {
    const out = absolute(args.out, io.cwd);
    await writeFileAtomic(out, text, { inputs: [absolute(args.plan, io.cwd)] });
    io.stderr.write(`${opsMessagesFor(t.lang).wroteSchema(displayName(out, io.cwd), plan.document.number)}\n`);
  } else {
    io.stdout.write(text);
  }
  return EXIT.ok;
}
