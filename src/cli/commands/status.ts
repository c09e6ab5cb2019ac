import { Option } from 'commander';
import { addConfigOptions, CONFIG_HELP, describedExamples } from './config-options.js';
import { langOption, type DefineCommand, withColorOptions, withRunOptions } from './shared.js';

export const defineStatus: DefineCommand = (program, { io, setExit }) => {
  const command = program
    .command('status')
    .description('Ai đã báo cáo, ai chưa, ai nộp muộn; tiến độ từng nhiệm vụ / who has reported, who has not, who is late; progress of every task')
    .argument('[paths...]', 'tệp, thư mục hoặc mẫu glob (mặc định: reports trong tệp cấu hình) / files, folders or globs (default: reports of the config)')
    .option('-p, --plan <file>', 'tệp kế hoạch / the plan file')
    .addOption(new Option('-f, --format <name>', 'định dạng kết quả / output format').choices(['text', 'json']).default(undefined, 'text'))
    .option('--fail-on-missing', 'mã thoát 1 khi còn đơn vị chưa báo cáo / exit 1 while any unit has not reported')
    .option('--as-of <ngày>', 'xem tình hình tại ngày này (dd/mm/yyyy hoặc yyyy-mm-dd; mặc định hôm nay) / judge as of this day (default: today)')
    .addOption(langOption())
    .option('-q, --quiet', 'không hiện tiến độ "Đang đọc n/N tệp…" / no "Reading n/N files…" progress line');
  withColorOptions(command);
  withRunOptions(command);
  addConfigOptions(command)
    .addHelpText(
      'after',
      describedExamples([
        {
          vi: 'Bảng tình hình báo cáo của các cơ quan và từng xã, phường',
          en: 'The reporting status of every agency and every commune or ward',
          command: 'compile-report status --plan plan.yaml reports',
        },
        {
          vi: 'Trong thư mục có compile-report.config.yaml',
          en: 'In a folder with compile-report.config.yaml',
          command: 'cd bao-cao-nhan-quyen && compile-report status',
        },
        {
          vi: 'Kết quả JSON, tính quá hạn theo ngày 05/01/2026',
          en: 'JSON output, overdue judged as of 5 January 2026',
          command: 'compile-report status -p plan.yaml reports --format json --as-of 05/01/2026',
        },
        {
          vi: 'Trong CI: thất bại khi còn đơn vị chưa báo cáo',
          en: 'In CI: fail while any unit has not reported',
          command: 'compile-report status -p plan.yaml reports --fail-on-missing --quiet',
        },
      ]) +
        `
Tệp có lỗi được liệt kê riêng và không tính là đã báo cáo. Nộp muộn: ngày của báo cáo sau hạn
  (report.deadline của kế hoạch); quá hạn: chưa báo cáo khi hôm nay đã qua hạn. Ngày "hôm nay" lấy
  từ --as-of, hoặc SOURCE_DATE_EPOCH, hoặc đồng hồ máy.
Files with errors are listed apart and do not count as reports. Late: the report is dated after the
  plan's report.deadline; overdue: not reported once today is past it. "Today" is --as-of, else
  SOURCE_DATE_EPOCH, else the clock.
${CONFIG_HELP}
Mã thoát / Exit codes: 0 xong / done; 1 còn đơn vị chưa báo cáo (với --fail-on-missing) / units missing
  (with --fail-on-missing); 2 không thực hiện được / the tool could not run.`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runStatus } = await import('../../app/status.js');
      setExit(await runStatus({ paths, ...opts }, io));
    });
};
