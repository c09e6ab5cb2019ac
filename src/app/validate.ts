import { messagesFor } from '../diagnostics/messages.js';
import { formatResults, type FormatName } from '../format/index.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { VERSION } from '../package-root.js';
import { hasErrors, toFileResults } from '../validate/validate-files.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { loadPlanOrReport } from './load-plan.js';
import { absolute, defaultFormat, resolveLang, useColor } from './options.js';
import { validateInputs } from './validate-inputs.js';

export interface ValidateArgs {
  paths: string[];
  plan?: string;
  format?: FormatName;
  output?: string;
  lang?: string;
  color?: boolean;
}

export async function runValidate(args: ValidateArgs, io: CliIo): Promise<number> {
  const t = messagesFor(resolveLang(args.lang));
  const color = useColor(args.color, io);
  if (!args.plan) throw new UsageError(t.lang === 'vi' ? 'Thiếu tùy chọn --plan <tệp kế hoạch>.' : 'Missing option --plan <plan file>.');
  const plan = await loadPlanOrReport(args.plan, io, t, color);
  if (!plan) return EXIT.failure;
  const inputs = await validateInputs(args.paths, plan, io, t);
  const results = toFileResults(inputs.run);
  const format = args.format ?? defaultFormat(io);
  const options = { lang: t.lang, color: color && !args.output, sources: inputs.sources, toolVersion: VERSION };
  const text = formatResults(format, results, options);
  if (args.output) {
    await writeFileAtomic(absolute(args.output, io.cwd), text, { inputs: [...inputs.files, absolute(args.plan, io.cwd)] });
  } else {
    io.stdout.write(text);
  }
  return results.some((r) => hasErrors(r.diagnostics)) ? EXIT.problems : EXIT.ok;
}
