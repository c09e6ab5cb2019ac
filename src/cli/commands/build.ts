import { addConfigOptions, CONFIG_HELP } from './config-options.js';
import { examples, langOption, type DefineCommand, withColorOptions, withRunOptions, withSignalOptions } from './shared.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const defineBuild: DefineCommand = (program, { io, setExit }) => {
  const command = program
    .command('build')
    .description('Tổng hợp các báo cáo hợp lệ thành BÁO CÁO (DOCX) / compile the valid reports into the official report (DOCX)')
    .argument('[paths...]', 'tệp, thư mục hoặc mẫu glob / files, folders or globs')
    .option('-p, --plan <file>', 'tệp kế hoạch / the plan file')
    .option('-o, --out <file.docx>', 'tệp DOCX kết quả / the DOCX to write')
    .option('--number <số>', 'số, ký hiệu báo cáo / report number (mặc định: kế hoạch / default: the plan\'s)')
    .option('--date <ngày>', 'ngày báo cáo dd/mm/yyyy hoặc yyyy-mm-dd / report date')
    .option('--signer <họ tên>', 'người ký / name of the signer')
    .option('--recipient <dòng>', 'nơi nhận, lặp lại cho mỗi dòng / a recipient line, repeatable', collect)
    .option('--template <dir>', 'thư mục mẫu Handlebars riêng / folder of your own templates')
    .option('--skip-invalid', 'bỏ qua tệp lỗi thay vì dừng / leave invalid files out instead of stopping')
    .option('--period <kỳ>', 'chỉ lấy hoạt động bắt đầu trong kỳ (Nghị định 09/2019): 2025-12, 2025-Q4, 2025-H1, 2025, campaign / only activities starting in that reporting period')
    .option('--pdf', 'ghi thêm bản PDF cạnh tệp DOCX (cần LibreOffice: soffice trên PATH) / also write the PDF beside the DOCX (needs LibreOffice: soffice on PATH)')
    .option('--rollup <file.yaml>', 'viết thêm kết quả tổng hợp thành một báo cáo gửi kế hoạch cấp trên / also write the result as a report for the parent plan')
    .option('--parent-plan <file>', 'kế hoạch cấp trên, để kiểm tra báo cáo gửi lên / the parent plan, to check the roll-up against')
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'compile-report build --plan plan.yaml reports --out bao-cao.docx',
        'compile-report build -p plan.yaml reports -o bc.docx --number 16/BC-BCĐNQ-CQTT --date 05/01/2026',
        'compile-report build -p plan.yaml reports -o bc.docx --skip-invalid --pdf',
        'cd bao-cao-nhan-quyen && compile-report build   # thư mục do new tạo / a folder made by new',
        'compile-report build --period 2025-12 -o bc-thang-12.docx  # 15/11–14/12/2025',
      ]) +
        CONFIG_HELP +
        `

Bên cạnh tệp DOCX là tệp CSV liệt kê mọi hoạt động (bao-cao.hoat-dong.csv).
Beside the DOCX, a CSV lists every activity (bao-cao.hoat-dong.csv).
Mã thoát / Exit codes: 0 đã tạo / written; 1 báo cáo có lỗi, không tạo gì / reports have errors, nothing
  written; 2 không thực hiện được / the tool could not run.`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runBuild } = await import('../../app/build.js');
      setExit(await runBuild({ paths, ...opts }, io));
    });
  withSignalOptions(command);
  withColorOptions(command);
  withRunOptions(command);
  addConfigOptions(command);
};
