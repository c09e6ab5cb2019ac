import { examples, formatOption, langOption, type DefineCommand } from './shared.js';

export const defineValidate: DefineCommand = (program, { io, setExit }) => {
  program
    .command('validate')
    .description('Kiểm tra báo cáo YAML theo kế hoạch / validate YAML reports against the plan')
    .argument('[paths...]', 'tệp, thư mục hoặc mẫu glob / files, folders or globs')
    .option('-p, --plan <file>', 'tệp kế hoạch (plan.yaml) / the plan file')
    .addOption(formatOption())
    .option('-o, --output <file>', 'ghi kết quả ra tệp thay vì màn hình / write the result to a file instead of stdout')
    .addOption(langOption())
    .option('--color', 'luôn tô màu / force colour')
    .option('--no-color', 'không tô màu / no colour')
    .addHelpText(
      'after',
      examples([
        'compile-report validate --plan examples/lang-son-2025/plan.yaml examples/lang-son-2025/reports',
        'compile-report validate -p plan.yaml "bao-cao/**/*.yaml" --format sarif -o ket-qua.sarif',
        'compile-report validate -p plan.yaml bao-cao/ --lang en --format json',
      ]) +
        `
Mã thoát / Exit codes: 0 không có lỗi (có thể có cảnh báo) / no errors (warnings allowed);
  1 có lỗi / errors found; 2 không thực hiện được (tham số sai, kế hoạch lỗi, không thấy tệp) /
  the tool could not run (bad arguments, invalid plan, missing path).`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runValidate } = await import('../../app/validate.js');
      setExit(await runValidate({ paths, ...opts }, io));
    });
};
