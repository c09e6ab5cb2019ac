import { addConfigOptions, describedExamples } from './config-options.js';
import { langOption, type DefineCommand } from './shared.js';

export const defineInit: DefineCommand = (program, { io, setExit }) => {
  const command = program
    .command('init')
    .description('Tạo báo cáo mẫu để một cơ quan, đơn vị điền / write a report template for one agency or unit to fill in')
    .option('-p, --plan <file>', 'tệp kế hoạch / the plan file')
    .option('-a, --agency <id>', 'mã cơ quan (hoặc mã cơ quan kế nhiệm) / agency id (or a successor body\'s alias id)')
    .option('-u, --unit <tên>', 'tên đơn vị khi cơ quan là một nhóm (xã, phường) / the unit, for a group agency (communes, wards)')
    .option('-o, --out <file>', 'ghi ra tệp mới (không ghi đè); "-": màn hình; mặc định: thư mục reports của tệp cấu hình, nếu không thì màn hình / write a new file (never overwrites); "-": stdout; default: the config\'s reports folder, else stdout')
    .option('--schema <path|url>', 'dòng $schema trỏ tới đây / where the $schema line points')
    .addOption(langOption());
  addConfigOptions(command)
    .addHelpText(
      'after',
      describedExamples([
        {
          vi: 'Báo cáo mẫu cho Sở Y tế, ghi ra tệp',
          en: 'A template for the health department, written to a file',
          command: 'compile-report init --plan plan.yaml --agency so-y-te --out reports/09-so-y-te.yaml',
        },
        {
          vi: 'Cho một xã trong nhóm UBND xã, phường (tên đúng như kế hoạch)',
          en: 'For one commune of the group (name exactly as in the plan)',
          command: 'compile-report init -p plan.yaml -a ubnd-xa-phuong --unit "Xã Lộc Bình" -o reports/12-xa-loc-binh.yaml',
        },
        {
          vi: 'Cơ quan kế nhiệm báo cáo thay cơ quan cũ (mã alias), in ra màn hình',
          en: 'A successor body reporting for the old one (alias id), printed',
          command: 'compile-report init -p plan.yaml -a so-khoa-hoc-cong-nghe --out - > 05-so-khoa-hoc-cong-nghe.yaml',
        },
      ]) +
        `
Dòng đầu tiên "# yaml-language-server: $schema=…" giúp trình soạn thảo (VS Code + YAML) gợi ý và báo
  lỗi khi gõ. Mặc định trỏ tới schemas/report.schema.json của gói khi kế hoạch là kế hoạch mẫu, nếu
  không thì tới report.schema.json cạnh tệp kế hoạch (tạo bằng: compile-report schema --plan … --out …);
  đường dẫn tính từ tệp --out (hoặc từ thư mục hiện tại khi in ra màn hình); --schema để chọn khác.
The first line "# yaml-language-server: $schema=…" lets editors (VS Code + YAML) complete and check
  while typing. By default it points at the package's schemas/report.schema.json when the plan is the
  example plan, else at report.schema.json next to the plan (create it with compile-report schema);
  the path is relative to --out (or to the working folder when printing); --schema picks another.
Mẫu chưa điền KHÔNG hợp lệ (validate báo lỗi) cho đến khi điền đủ. / An unfilled template FAILS
  validate until it is filled in.
Mã thoát / Exit codes: 0 đã tạo / written; 2 không thực hiện được (tham số sai, tệp đã có) / the tool
  could not run (bad arguments, the file exists).`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runInit } = await import('../../app/init.js');
      setExit(await runInit(opts, io));
    });
};
