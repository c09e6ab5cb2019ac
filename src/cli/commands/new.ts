import { describedExamples } from './config-options.js';
import { langOption, type DefineCommand } from './shared.js';

export const defineNew: DefineCommand = (program, { io, setExit }) => {
  program
    .command('new')
    .description('Tạo thư mục báo cáo sẵn dùng cho một kế hoạch / write a ready reporting folder for a plan')
    .argument('<folder>', 'thư mục mới hoặc rỗng / a new or empty folder')
    .option('-p, --plan <file>', 'tệp kế hoạch (mặc định: kế hoạch mẫu đi kèm) / the plan file (default: the bundled example)')
    .addOption(langOption())
    .addHelpText(
      'after',
      describedExamples([
        {
          vi: 'Thư mục cho kế hoạch mẫu đi kèm, rồi tạo báo cáo mẫu cho Sở Y tế trong đó',
          en: 'A folder for the bundled example plan, then a template for the health department in it',
          command: 'compile-report new bao-cao-nhan-quyen && cd bao-cao-nhan-quyen && compile-report init --agency so-y-te',
        },
        {
          vi: 'Thư mục cho kế hoạch của đơn vị mình',
          en: 'A folder for your own plan',
          command: 'compile-report new bao-cao-2026 --plan ke-hoach-2026.yaml',
        },
      ]) +
        `
Ghi / Writes: plan.yaml, compile-report.config.yaml, report.schema.json, reports/README.md,
  .github/workflows/kiem-tra-bao-cao.yml, .githooks/pre-commit, .gitignore, package.json.
Không bao giờ ghi vào thư mục đã có nội dung. / Never writes into a folder that is not empty.
Mã thoát / Exit codes: 0 đã tạo / written; 2 không thực hiện được (thư mục không rỗng, kế hoạch lỗi) /
  the tool could not run (folder not empty, invalid plan).`,
    )
    .action(async (folder: string, opts: Record<string, unknown>) => {
      const { runNew } = await import('../../app/new-folder.js');
      setExit(await runNew({ folder, ...opts }, io));
    });
};
