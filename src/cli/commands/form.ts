import { addConfigOptions, describedExamples } from './config-options.js';
import { langOption, type DefineCommand } from './shared.js';

export const defineForm: DefineCommand = (program, { io, setExit }) => {
  const command = program
    .command('form')
    .description('Tạo biểu mẫu HTML để một đơn vị điền báo cáo trong trình duyệt, không cần mạng / write an offline HTML form a unit fills its report in')
    .option('-p, --plan <file>', 'tệp kế hoạch / the plan file')
    .option('-a, --agency <id>', 'mã cơ quan (hoặc mã cơ quan kế nhiệm) / agency id (or a successor body\'s alias id)')
    .option('-u, --unit <tên>', 'tên đơn vị khi cơ quan là một nhóm (xã, phường) / the unit, for a group agency (communes, wards)')
    .option('--all', 'mọi đơn vị của kế hoạch (hoặc của --agency), mỗi đơn vị một tệp trong thư mục --out / every unit of the plan (or of --agency), one file each in the folder --out')
    .option('-o, --out <file|dir>', 'tệp .html (hoặc thư mục với --all) / the .html file (or the folder, with --all)')
    .option('--schema <path|url>', 'dòng $schema của báo cáo được lưu trỏ tới đây / where the saved reports\' $schema line points')
    .addOption(langOption());
  addConfigOptions(command)
    .addHelpText(
      'after',
      describedExamples([
        {
          vi: 'Biểu mẫu cho Sở Y tế',
          en: 'The form of the health department',
          command: 'compile-report form --plan plan.yaml --agency so-y-te --out so-y-te.html',
        },
        {
          vi: 'Cho một xã trong nhóm UBND xã, phường (tên đúng như kế hoạch)',
          en: 'For one commune of the group (name exactly as in the plan)',
          command: 'compile-report form -p plan.yaml -a ubnd-xa-phuong --unit "Xã Lộc Bình" -o 12-xa-loc-binh.html',
        },
        {
          vi: 'Mỗi đơn vị của kế hoạch một tệp, vào thư mục bieu-mau/',
          en: 'One file for every unit of the plan, into the folder bieu-mau/',
          command: 'compile-report form -p plan.yaml --all -o bieu-mau',
        },
      ]) +
        `
Tệp HTML tự chứa mọi thứ: đơn vị mở bằng trình duyệt (Chrome, Edge, Firefox), không cần mạng, không cài
  đặt; biểu mẫu kiểm tra ngay khi gõ bằng đúng các quy tắc của "validate", chỉ lưu khi hết lỗi (hoặc lưu
  bản nháp), lưu ra tệp .yaml để gửi lại; mở lại tệp .yaml đã lưu để sửa.
The HTML file holds everything: a unit opens it in a browser (Chrome, Edge, Firefox), offline, with
  nothing to install; the form checks as the clerk types with the very rules of "validate", saves only
  without errors (or as a draft), as a .yaml file to send back; a saved .yaml opens again to correct it.
Mã thoát / Exit codes: 0 đã tạo / written; 2 không thực hiện được (tham số sai, kế hoạch lỗi) / the tool
  could not run (bad arguments, a broken plan).`,
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runForm } = await import('../../app/form.js');
      setExit(await runForm(opts, io));
    });
};
