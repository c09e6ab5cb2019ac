import { addConfigOptions } from './config-options.js';
import { examples, langOption, type DefineCommand } from './shared.js';

export const defineSchema: DefineCommand = (program, { io, setExit }) => {
  const command = program
    .command('schema')
    .description('Xuất JSON Schema của báo cáo, sinh từ kế hoạch / print the report JSON Schema derived from the plan')
    .option('-p, --plan <file>', 'tệp kế hoạch / the plan file')
    .option('-a, --agency <id>', 'chỉ cho một cơ quan / for one agency only')
    .option('-o, --out <file>', 'ghi ra tệp / write to a file')
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'compile-report schema --plan plan.yaml --out report.schema.json',
        'compile-report schema --plan plan.yaml --agency so-y-te > so-y-te.schema.json',
      ]),
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runSchema } = await import('../../app/schema.js');
      setExit(await runSchema(opts, io));
    });
  addConfigOptions(command);
};
