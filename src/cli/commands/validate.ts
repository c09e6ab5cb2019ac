import { addConfigOptions, CONFIG_HELP, describedExamples } from '../../config/cli.js';
import { formatOption, langOption, type DefineCommand, withColorOptions, withRunOptions } from './shared.js';

export const defineValidate: DefineCommand = (program, { io, setExit }) => {
  const command = program
    .command('validate')
    .description('Kiểm tra báo cáo YAML theo kế hoạch / validate YAML reports against the plan')
    .argument('[paths...]', 'tệp, thư mục hoặc mẫu glob (mặc định: reports trong tệp cấu hình) / files, folders or globs (default: reports of the config)')
    .option('-p, --plan <file>', 'tệp kế hoạch (plan.yaml) / the plan file')
    .addOption(formatOption())
    .option('-o, --output <file>', 'ghi kết quả ra tệp thay vì màn hình / write the result to a file instead of stdout')
    .addOption(langOption())
    .option('-q, --quiet', 'không hiện tiến độ "Đang đọc n/N tệp…" / no "Reading n/N files…" progress line');
  withColorOptions(command);
  withRunOptions(command);
  addConfigOptions(command)
    .addHelpText(
      'after',
      describedExamples([
        {
          vi: 'Kiểm tra cả thư mục báo cáo theo kế hoạch',
          en: 'Validate a whole folder of reports against the plan',
          command: 'compile-report validate --plan plan.yaml reports',
        },
        {
          vi: 'Trong thư mục có compile-report.config.yaml: không cần tham số',
          en: 'In a folder with compile-report.config.yaml: no arguments needed',
          command: 'cd bao-cao-nhan-quyen && compile-report validate',
        },
        {
          vi: 'Chỉ các tệp khớp mẫu glob, ghi kết quả SARIF ra tệp',
          en: 'Only the files a glob matches, SARIF written to a file',
          command: 'compile-report validate -p plan.yaml "reports/**/*.yaml" --format sarif -o ket-qua.sarif',
        },
        {
          vi: 'Thông báo tiếng Anh, kết quả JSON',
          en: 'English messages, JSON output',
          command: 'compile-report validate -p plan.yaml reports --lang en --format json',
        },
      ]) +
        `
Dòng "# yaml-language-server: $schema=…" của báo cáo cũng được kiểm tra: trỏ tới tệp không có, hoặc
  schema của kế hoạch khác, là cảnh báo CR413. / A report's "# yaml-language-server: $schema=…" line is
  checked too: a missing file or another plan's schema is warning CR413.
${CONFIG_HELP}
Mã thoát / Exit codes: 0 không có lỗi (có thể có cảnh báo) / no errors (warnings allowed);
  1 có lỗi / errors found; 2 không thực hiện được (tham số sai, kế hoạch lỗi, không thấy tệp) /
  the tool could not run (bad arguments, invalid plan, missing path).`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runValidate } = await import('../../app/validate.js');
      setExit(await runValidate({ paths, ...opts }, io));
    });
};
