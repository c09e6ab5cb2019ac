import { addConfigOptions, CONFIG_HELP, describedExamples } from './config-options.js';
import { formatOption, langOption, type DefineCommand, withColorOptions, withRunOptions, withSignalOptions } from './shared.js';

export const defineValidate: DefineCommand = (program, { io, setExit }) => {
  const command = program
    .command('validate')
    .description('Kiểm tra báo cáo YAML theo kế hoạch / validate YAML reports against the plan')
    .argument('[paths...]', 'tệp, thư mục hoặc mẫu glob (mặc định: reports trong tệp cấu hình) / files, folders or globs (default: reports of the config)')
    .option('-p, --plan <file>', 'tệp kế hoạch (plan.yaml) / the plan file')
    .addOption(formatOption())
    .option('-o, --output <file>', 'ghi kết quả ra tệp thay vì màn hình / write the result to a file instead of stdout')
    .addOption(langOption())
    .option(
      '--against <path>',
      'đọc thêm các báo cáo này chỉ để kiểm tra chéo (CR501: một đơn vị hai báo cáo), không báo lỗi riêng của chúng; lặp lại được / also read these reports, only for the checks across files (CR501), without reporting their own problems; repeatable',
      (value: string, previous: string[] = []) => [...previous, value],
    );
  withSignalOptions(command);
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
          vi: 'Trong CI: chỉ hiện lỗi, nhưng thất bại khi có cảnh báo',
          en: 'In CI: show errors only, but fail on any warning',
          command: 'compile-report validate --quiet --max-warnings 0',
        },
        {
          vi: 'Trong CI: chỉ các tệp thay đổi, nhưng so với cả thư mục để thấy đơn vị nộp hai báo cáo',
          en: 'In CI: only the changed files, but against the whole folder to catch a unit reporting twice',
          command: 'compile-report validate -p plan.yaml reports/so-y-te.yaml --against reports/',
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
Cảnh báo lặp lại từ 3 lần được gộp thành một mục, mỗi chỗ một dòng. / A warning repeated 3 times or more
  is shown once, one line per place.
Tệp kế hoạch và compile-report.config.yaml trong thư mục được chỉ ra không bị đọc như báo cáo. / The plan
  and compile-report.config.yaml inside a folder given are not read as reports.
${CONFIG_HELP}
Mã thoát / Exit codes: 0 không có lỗi (có thể có cảnh báo) / no errors (warnings allowed);
  1 có lỗi, hoặc quá --max-warnings cảnh báo / errors found, or more warnings than --max-warnings; 2 không thực hiện được (tham số sai, kế hoạch lỗi, không thấy tệp) /
  the tool could not run (bad arguments, invalid plan, missing path).`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runValidate } = await import('../../app/validate.js');
      setExit(await runValidate({ paths, ...opts }, io));
    });
};
