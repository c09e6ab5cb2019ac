import type { Lang } from './lang.js';

/** One example of a command's --help: what it does, then the line to type. */
export interface HelpExample {
  what: string;
  command: string;
}

/** What one command's --help says: what it does, its own options, examples, and the notes after them. */
export interface CommandHelp<Option extends string> {
  description: string;
  options: Record<Option, string>;
  examples: readonly HelpExample[];
  /** Paragraphs after the examples; the configuration note and the exit codes are added by the command. */
  notes: string;
  exitCodes: string;
}

/** The placeholders in options' and arguments' names ("--plan <file>"), which help shows as written. */
export interface HelpNames {
  file: string;
  docx: string;
  yaml: string;
  fileOrFolder: string;
  folder: string;
  paths: string;
  path: string;
  pathOrUrl: string;
  format: string;
  lang: string;
  id: string;
  unit: string;
  number: string;
  date: string;
  signer: string;
  line: string;
  period: string;
  command: string;
}

/** Every word of --help: commander's frame (headings, usage placeholders), the shared options, and each command. */
export interface HelpWords {
  /** Commander's headings, by the English heading commander passes to the help formatter. */
  headings: Record<string, string>;
  /** The usage line's stand-ins for "some options" and "a command" (commander writes "[options]", "[command]"). */
  anyOptions: string;
  anyCommand: string;
  choices(values: readonly string[]): string;
  defaultIs(value: string): string;
  examples: string;
  exitCodes: string;
  names: HelpNames;
  program: { description: string; version: string; help: string; helpCommand: string; debug: string };
  options: {
    plan: string;
    format: string;
    lang: string;
    color: string;
    noColor: string;
    jobs: string;
    cache: string;
    quiet: string;
    maxWarnings: string;
    config: string;
    noConfig: string;
    agency: string;
    unit: string;
  };
  /** How the configuration file is found and what it may hold, for every command that reads it. */
  configNote: string;
  new: CommandHelp<'folder' | 'plan'>;
  validate: CommandHelp<'paths' | 'output' | 'against'>;
  build: CommandHelp<
    'paths' | 'out' | 'number' | 'date' | 'signer' | 'recipient' | 'template' | 'skipInvalid' | 'period' | 'pdf' | 'rollup' | 'parentPlan'
  >;
  schema: CommandHelp<'agency' | 'out'>;
  init: CommandHelp<'out' | 'schema'>;
  status: CommandHelp<'paths' | 'format' | 'failOnMissing' | 'asOf' | 'quiet'>;
  form: CommandHelp<'all' | 'out' | 'schema'>;
}

const list = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

const vi: HelpWords = {
  headings: { 'Usage:': 'Cách dùng:', 'Arguments:': 'Tham số:', 'Options:': 'Tùy chọn:', 'Global Options:': 'Tùy chọn chung:', 'Commands:': 'Lệnh:' },
  anyOptions: '[tùy-chọn]',
  anyCommand: '[lệnh]',
  choices: (values) => `chọn một: ${list(values)}`,
  defaultIs: (value) => `mặc định: ${value}`,
  examples: 'Ví dụ:',
  exitCodes: 'Mã thoát:',
  names: {
    file: 'tệp',
    docx: 'tệp.docx',
    yaml: 'tệp.yaml',
    fileOrFolder: 'tệp|thư-mục',
    folder: 'thư-mục',
    paths: 'đường-dẫn...',
    path: 'đường-dẫn',
    pathOrUrl: 'đường-dẫn|url',
    format: 'định-dạng',
    lang: 'ngôn-ngữ',
    id: 'mã',
    unit: 'tên',
    number: 'số',
    date: 'ngày',
    signer: 'họ-tên',
    line: 'dòng',
    period: 'kỳ',
    command: 'lệnh',
  },
  program: {
    description: 'Kiểm tra và tổng hợp báo cáo của các đơn vị theo kế hoạch thành BÁO CÁO (DOCX).',
    version: 'in số phiên bản',
    help: 'hiện hướng dẫn',
    helpCommand: 'hướng dẫn cho một lệnh',
    debug: 'khi có lỗi nội bộ: in cả vết ngăn xếp (stack) để báo lỗi',
  },
  options: {
    plan: 'tệp kế hoạch (plan.yaml)',
    format: 'định dạng kết quả (mặc định: text, hoặc github khi GITHUB_ACTIONS=true)',
    lang: 'ngôn ngữ thông báo',
    color: 'luôn tô màu',
    noColor: 'không tô màu',
    jobs: 'số luồng kiểm tra (mặc định auto: mọi lõi khi có nhiều tệp; hoặc 1–64)',
    cache: 'thư mục lưu kết quả kiểm tra theo nội dung tệp, cho các lần chạy lặp lại',
    quiet: 'chỉ báo lỗi, không hiện cảnh báo (cũng không hiện tiến độ)',
    maxWarnings: 'thoát với mã 1 khi có quá n cảnh báo',
    config: 'tệp cấu hình (mặc định: compile-report.config.yaml gần nhất, tìm từ thư mục hiện tại lên)',
    noConfig: 'không đọc tệp cấu hình nào',
    agency: 'mã cơ quan (hoặc mã cơ quan kế nhiệm)',
    unit: 'tên đơn vị khi cơ quan là một nhóm (xã, phường)',
  },
  configNote: `Tệp cấu hình: compile-report.config.yaml, tìm từ thư mục hiện tại lên đến gốc; các khóa: plan, reports,
  out, number, date, signer, recipients, lang, period; đường dẫn tính từ thư mục của tệp; tùy chọn dòng lệnh
  được ưu tiên. Schema: schemas/config.schema.json.`,
  new: {
    description: 'Tạo thư mục báo cáo sẵn dùng cho một kế hoạch',
    options: { folder: 'thư mục mới hoặc rỗng', plan: 'tệp kế hoạch (mặc định: kế hoạch mẫu đi kèm)' },
    examples: [
      {
        what: 'Thư mục cho kế hoạch mẫu đi kèm, rồi tạo báo cáo mẫu cho Sở Y tế trong đó',
        command: 'compile-report new bao-cao-nhan-quyen && cd bao-cao-nhan-quyen && compile-report init --agency so-y-te',
      },
      { what: 'Thư mục cho kế hoạch của đơn vị mình', command: 'compile-report new bao-cao-2026 --plan ke-hoach-2026.yaml' },
    ],
    notes: `Ghi: plan.yaml, compile-report.config.yaml, report.schema.json, reports/README.md,
  .github/workflows/kiem-tra-bao-cao.yml, .githooks/pre-commit, .gitignore, package.json.
Không bao giờ ghi vào thư mục đã có nội dung.`,
    exitCodes: '0 đã tạo; 2 không thực hiện được (thư mục không rỗng, kế hoạch lỗi).',
  },
  validate: {
    description: 'Kiểm tra báo cáo YAML theo kế hoạch',
    options: {
      paths: 'tệp, thư mục hoặc mẫu glob (mặc định: reports trong tệp cấu hình)',
      output: 'ghi kết quả ra tệp thay vì màn hình',
      against:
        'đọc thêm các báo cáo này chỉ để kiểm tra chéo (CR501: một đơn vị hai báo cáo), không báo lỗi riêng của chúng; lặp lại được',
    },
    examples: [
      { what: 'Kiểm tra cả thư mục báo cáo theo kế hoạch', command: 'compile-report validate --plan plan.yaml reports' },
      { what: 'Trong thư mục có compile-report.config.yaml: không cần tham số', command: 'cd bao-cao-nhan-quyen && compile-report validate' },
      {
        what: 'Chỉ các tệp khớp mẫu glob, ghi kết quả SARIF ra tệp',
        command: 'compile-report validate -p plan.yaml "reports/**/*.yaml" --format sarif -o ket-qua.sarif',
      },
      { what: 'Trong CI: chỉ hiện lỗi, nhưng thất bại khi có cảnh báo', command: 'compile-report validate --quiet --max-warnings 0' },
      {
        what: 'Trong CI: chỉ các tệp thay đổi, nhưng so với cả thư mục để thấy đơn vị nộp hai báo cáo',
        command: 'compile-report validate -p plan.yaml reports/so-y-te.yaml --against reports/',
      },
      { what: 'Thông báo tiếng Anh, kết quả JSON', command: 'compile-report validate -p plan.yaml reports --lang en --format json' },
    ],
    notes: `Dòng "# yaml-language-server: $schema=…" của báo cáo cũng được kiểm tra: trỏ tới tệp không có, hoặc
  schema của kế hoạch khác, là cảnh báo CR413.
Cảnh báo lặp lại từ 3 lần được gộp thành một mục, mỗi chỗ một dòng.
Tệp kế hoạch và compile-report.config.yaml trong thư mục được chỉ ra không bị đọc như báo cáo.`,
    exitCodes: `0 không có lỗi (có thể có cảnh báo); 1 có lỗi, hoặc quá --max-warnings cảnh báo; 2 không thực hiện
  được (tham số sai, kế hoạch lỗi, không thấy tệp).`,
  },
  build: {
    description: 'Tổng hợp các báo cáo hợp lệ thành BÁO CÁO (DOCX)',
    options: {
      paths: 'tệp, thư mục hoặc mẫu glob (mặc định: reports trong tệp cấu hình)',
      out: 'tệp DOCX kết quả',
      number: 'số, ký hiệu báo cáo (mặc định: của kế hoạch)',
      date: 'ngày báo cáo dd/mm/yyyy hoặc yyyy-mm-dd',
      signer: 'người ký',
      recipient: 'nơi nhận, lặp lại cho mỗi dòng',
      template: 'thư mục mẫu Handlebars riêng',
      skipInvalid: 'bỏ qua tệp lỗi thay vì dừng',
      period: 'chỉ lấy hoạt động bắt đầu trong kỳ (Nghị định 09/2019): 2025-12, 2025-Q4, 2025-H1, 2025, campaign',
      pdf: 'ghi thêm bản PDF cạnh tệp DOCX (cần LibreOffice: soffice trên PATH)',
      rollup: 'viết thêm kết quả tổng hợp thành một báo cáo gửi kế hoạch cấp trên',
      parentPlan: 'kế hoạch cấp trên, để kiểm tra báo cáo gửi lên',
    },
    examples: [
      { what: 'Tổng hợp cả thư mục báo cáo', command: 'compile-report build --plan plan.yaml reports --out bao-cao.docx' },
      {
        what: 'Ghi số, ký hiệu và ngày của báo cáo',
        command: 'compile-report build -p plan.yaml reports -o bc.docx --number 16/BC-BCĐNQ-CQTT --date 05/01/2026',
      },
      { what: 'Bỏ qua tệp lỗi, ghi thêm bản PDF', command: 'compile-report build -p plan.yaml reports -o bc.docx --skip-invalid --pdf' },
      { what: 'Trong thư mục do new tạo: không cần tham số', command: 'cd bao-cao-nhan-quyen && compile-report build' },
      { what: 'Chỉ kỳ báo cáo tháng 12/2025 (15/11–14/12/2025)', command: 'compile-report build --period 2025-12 -o bc-thang-12.docx' },
    ],
    notes: 'Bên cạnh tệp DOCX là tệp CSV liệt kê mọi hoạt động (bao-cao.hoat-dong.csv).',
    exitCodes: '0 đã tạo; 1 báo cáo có lỗi, không tạo gì; 2 không thực hiện được.',
  },
  schema: {
    description: 'Xuất JSON Schema của báo cáo, sinh từ kế hoạch',
    options: { agency: 'chỉ cho một cơ quan', out: 'ghi ra tệp' },
    examples: [
      { what: 'Schema cho mọi cơ quan, ghi ra tệp', command: 'compile-report schema --plan plan.yaml --out report.schema.json' },
      { what: 'Schema riêng của Sở Y tế, in ra màn hình', command: 'compile-report schema --plan plan.yaml --agency so-y-te > so-y-te.schema.json' },
    ],
    notes: '',
    exitCodes: '0 đã ghi; 2 không thực hiện được (tham số sai, kế hoạch lỗi).',
  },
  init: {
    description: 'Tạo báo cáo mẫu để một cơ quan, đơn vị điền',
    options: {
      out: 'ghi ra tệp mới (không ghi đè); "-": màn hình; mặc định: thư mục reports của tệp cấu hình, nếu không thì màn hình',
      schema: 'dòng $schema trỏ tới đây',
    },
    examples: [
      {
        what: 'Báo cáo mẫu cho Sở Y tế, ghi ra tệp',
        command: 'compile-report init --plan plan.yaml --agency so-y-te --out reports/09-so-y-te.yaml',
      },
      {
        what: 'Cho một xã trong nhóm UBND xã, phường (tên đúng như kế hoạch)',
        command: 'compile-report init -p plan.yaml -a ubnd-xa-phuong --unit "Xã Lộc Bình" -o reports/12-xa-loc-binh.yaml',
      },
      {
        what: 'Cơ quan kế nhiệm báo cáo thay cơ quan cũ (mã alias), in ra màn hình',
        command: 'compile-report init -p plan.yaml -a so-khoa-hoc-cong-nghe --out - > 05-so-khoa-hoc-cong-nghe.yaml',
      },
    ],
    notes: `Dòng đầu tiên "# yaml-language-server: $schema=…" giúp trình soạn thảo (VS Code + YAML) gợi ý và báo
  lỗi khi gõ. Mặc định trỏ tới schemas/report.schema.json của gói khi kế hoạch là kế hoạch mẫu, nếu
  không thì tới report.schema.json cạnh tệp kế hoạch (tạo bằng: compile-report schema --plan … --out …);
  đường dẫn tính từ tệp --out (hoặc từ thư mục hiện tại khi in ra màn hình); --schema để chọn khác.
Mẫu chưa điền KHÔNG hợp lệ (validate báo lỗi) cho đến khi điền đủ.`,
    exitCodes: '0 đã tạo; 2 không thực hiện được (tham số sai, tệp đã có).',
  },
  status: {
    description: 'Ai đã báo cáo, ai chưa, ai nộp muộn; tiến độ từng nhiệm vụ',
    options: {
      paths: 'tệp, thư mục hoặc mẫu glob (mặc định: reports trong tệp cấu hình)',
      format: 'định dạng kết quả (mặc định: text)',
      failOnMissing: 'mã thoát 1 khi còn đơn vị chưa báo cáo',
      asOf: 'xem tình hình tại ngày này (dd/mm/yyyy hoặc yyyy-mm-dd; mặc định hôm nay)',
      quiet: 'không hiện tiến độ "Đang đọc n/N tệp…"',
    },
    examples: [
      { what: 'Bảng tình hình báo cáo của các cơ quan và từng xã, phường', command: 'compile-report status --plan plan.yaml reports' },
      { what: 'Trong thư mục có compile-report.config.yaml', command: 'cd bao-cao-nhan-quyen && compile-report status' },
      {
        what: 'Kết quả JSON, tính quá hạn theo ngày 05/01/2026',
        command: 'compile-report status -p plan.yaml reports --format json --as-of 05/01/2026',
      },
      { what: 'Trong CI: thất bại khi còn đơn vị chưa báo cáo', command: 'compile-report status -p plan.yaml reports --fail-on-missing --quiet' },
    ],
    notes: `Tệp có lỗi được liệt kê riêng và không tính là đã báo cáo. Nộp muộn: ngày của báo cáo sau hạn
  (report.deadline của kế hoạch); quá hạn: chưa báo cáo khi hôm nay đã qua hạn. Ngày "hôm nay" lấy
  từ --as-of, hoặc SOURCE_DATE_EPOCH, hoặc đồng hồ máy.`,
    exitCodes: '0 xong; 1 còn đơn vị chưa báo cáo (với --fail-on-missing); 2 không thực hiện được.',
  },
  form: {
    description: 'Tạo biểu mẫu HTML để một đơn vị điền báo cáo trong trình duyệt, không cần mạng',
    options: {
      all: 'mọi đơn vị của kế hoạch (hoặc của --agency), mỗi đơn vị một tệp trong thư mục --out',
      out: 'tệp .html (hoặc thư mục với --all)',
      schema: 'dòng $schema của báo cáo được lưu trỏ tới đây',
    },
    examples: [
      { what: 'Biểu mẫu cho Sở Y tế', command: 'compile-report form --plan plan.yaml --agency so-y-te --out so-y-te.html' },
      {
        what: 'Cho một xã trong nhóm UBND xã, phường (tên đúng như kế hoạch)',
        command: 'compile-report form -p plan.yaml -a ubnd-xa-phuong --unit "Xã Lộc Bình" -o 12-xa-loc-binh.html',
      },
      { what: 'Mỗi đơn vị của kế hoạch một tệp, vào thư mục bieu-mau/', command: 'compile-report form -p plan.yaml --all -o bieu-mau' },
    ],
    notes: `Tệp HTML tự chứa mọi thứ: đơn vị mở bằng trình duyệt (Chrome, Edge, Firefox), không cần mạng, không cài
  đặt; biểu mẫu kiểm tra ngay khi gõ bằng đúng các quy tắc của "validate", chỉ lưu khi hết lỗi (hoặc lưu
  bản nháp), lưu ra tệp .yaml để gửi lại; mở lại tệp .yaml đã lưu để sửa.`,
    exitCodes: '0 đã tạo; 2 không thực hiện được (tham số sai, kế hoạch lỗi).',
  },
};

const en: HelpWords = {
  headings: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Global Options:': 'Global Options:', 'Commands:': 'Commands:' },
  anyOptions: '[options]',
  anyCommand: '[command]',
  choices: (values) => `choices: ${list(values)}`,
  defaultIs: (value) => `default: ${value}`,
  examples: 'Examples:',
  exitCodes: 'Exit codes:',
  names: {
    file: 'file',
    docx: 'file.docx',
    yaml: 'file.yaml',
    fileOrFolder: 'file|dir',
    folder: 'dir',
    paths: 'paths...',
    path: 'path',
    pathOrUrl: 'path|url',
    format: 'name',
    lang: 'lang',
    id: 'id',
    unit: 'name',
    number: 'number',
    date: 'date',
    signer: 'name',
    line: 'line',
    period: 'period',
    command: 'command',
  },
  program: {
    description: "Validate units' reports against a plan and compile them into one official report (DOCX).",
    version: 'print the version',
    help: 'show help',
    helpCommand: 'help for a command',
    debug: 'on an internal error: print the stack trace too, for a bug report',
  },
  options: {
    plan: 'the plan file (plan.yaml)',
    format: 'output format (default: text, or github when GITHUB_ACTIONS=true)',
    lang: 'message language',
    color: 'force colour',
    noColor: 'no colour',
    jobs: 'threads checking files (default auto: every core when there are many files; or 1–64)',
    cache: 'folder caching checks by file content, for repeated runs',
    quiet: 'report errors only, no warnings (and no progress line)',
    maxWarnings: 'exit 1 when there are more than n warnings',
    config: 'configuration file (default: the nearest compile-report.config.yaml, looking up from here)',
    noConfig: 'read no configuration file',
    agency: "agency id (or a successor body's alias id)",
    unit: 'the unit, for a group agency (communes, wards)',
  },
  configNote: `Configuration: compile-report.config.yaml, looked for from the working folder up to the root; keys: plan,
  reports, out, number, date, signer, recipients, lang, period; paths are relative to the file; command-line
  options win. Schema: schemas/config.schema.json.`,
  new: {
    description: 'write a ready reporting folder for a plan',
    options: { folder: 'a new or empty folder', plan: 'the plan file (default: the bundled example)' },
    examples: [
      {
        what: 'A folder for the bundled example plan, then a template for the health department in it',
        command: 'compile-report new bao-cao-nhan-quyen && cd bao-cao-nhan-quyen && compile-report init --agency so-y-te',
      },
      { what: 'A folder for your own plan', command: 'compile-report new bao-cao-2026 --plan ke-hoach-2026.yaml' },
    ],
    notes: `Writes: plan.yaml, compile-report.config.yaml, report.schema.json, reports/README.md,
  .github/workflows/kiem-tra-bao-cao.yml, .githooks/pre-commit, .gitignore, package.json.
Never writes into a folder that is not empty.`,
    exitCodes: '0 written; 2 the tool could not run (folder not empty, invalid plan).',
  },
  validate: {
    description: 'validate YAML reports against the plan',
    options: {
      paths: 'files, folders or globs (default: reports of the config)',
      output: 'write the result to a file instead of stdout',
      against:
        'also read these reports, only for the checks across files (CR501: one unit, two reports), without reporting their own problems; repeatable',
    },
    examples: [
      { what: 'Validate a whole folder of reports against the plan', command: 'compile-report validate --plan plan.yaml reports' },
      { what: 'In a folder with compile-report.config.yaml: no arguments needed', command: 'cd bao-cao-nhan-quyen && compile-report validate' },
      {
        what: 'Only the files a glob matches, SARIF written to a file',
        command: 'compile-report validate -p plan.yaml "reports/**/*.yaml" --format sarif -o ket-qua.sarif',
      },
      { what: 'In CI: show errors only, but fail on any warning', command: 'compile-report validate --quiet --max-warnings 0' },
      {
        what: 'In CI: only the changed files, but against the whole folder to catch a unit reporting twice',
        command: 'compile-report validate -p plan.yaml reports/so-y-te.yaml --against reports/',
      },
      { what: 'English messages, JSON output', command: 'compile-report validate -p plan.yaml reports --lang en --format json' },
    ],
    notes: `A report's "# yaml-language-server: $schema=…" line is checked too: a missing file or another plan's
  schema is warning CR413.
A warning repeated 3 times or more is shown once, one line per place.
The plan and compile-report.config.yaml inside a folder given are not read as reports.`,
    exitCodes: `0 no errors (warnings allowed); 1 errors found, or more warnings than --max-warnings; 2 the tool
  could not run (bad arguments, invalid plan, missing path).`,
  },
  build: {
    description: 'compile the valid reports into the official report (DOCX)',
    options: {
      paths: 'files, folders or globs (default: reports of the config)',
      out: 'the DOCX to write',
      number: "report number (default: the plan's)",
      date: 'report date, dd/mm/yyyy or yyyy-mm-dd',
      signer: 'name of the signer',
      recipient: 'a recipient line, repeatable',
      template: 'folder of your own Handlebars templates',
      skipInvalid: 'leave invalid files out instead of stopping',
      period: 'only activities starting in that reporting period (Decree 09/2019): 2025-12, 2025-Q4, 2025-H1, 2025, campaign',
      pdf: 'also write the PDF beside the DOCX (needs LibreOffice: soffice on PATH)',
      rollup: 'also write the result as a report for the parent plan',
      parentPlan: 'the parent plan, to check the roll-up against',
    },
    examples: [
      { what: 'Compile a whole folder of reports', command: 'compile-report build --plan plan.yaml reports --out bao-cao.docx' },
      {
        what: "The report's number and date",
        command: 'compile-report build -p plan.yaml reports -o bc.docx --number 16/BC-BCĐNQ-CQTT --date 05/01/2026',
      },
      { what: 'Leave invalid files out, also write the PDF', command: 'compile-report build -p plan.yaml reports -o bc.docx --skip-invalid --pdf' },
      { what: 'In a folder made by new: no arguments needed', command: 'cd bao-cao-nhan-quyen && compile-report build' },
      { what: 'Only the December 2025 reporting period (15/11–14/12/2025)', command: 'compile-report build --period 2025-12 -o bc-thang-12.docx' },
    ],
    notes: 'Beside the DOCX, a CSV lists every activity (bao-cao.hoat-dong.csv).',
    exitCodes: '0 written; 1 reports have errors, nothing written; 2 the tool could not run.',
  },
  schema: {
    description: 'print the report JSON Schema derived from the plan',
    options: { agency: 'for one agency only', out: 'write to a file' },
    examples: [
      { what: 'The schema for every agency, written to a file', command: 'compile-report schema --plan plan.yaml --out report.schema.json' },
      { what: "The health department's own schema, printed", command: 'compile-report schema --plan plan.yaml --agency so-y-te > so-y-te.schema.json' },
    ],
    notes: '',
    exitCodes: '0 written; 2 the tool could not run (bad arguments, invalid plan).',
  },
  init: {
    description: 'write a report template for one agency or unit to fill in',
    options: {
      out: 'write a new file (never overwrites); "-": stdout; default: the config\'s reports folder, else stdout',
      schema: 'where the $schema line points',
    },
    examples: [
      {
        what: 'A template for the health department, written to a file',
        command: 'compile-report init --plan plan.yaml --agency so-y-te --out reports/09-so-y-te.yaml',
      },
      {
        what: 'For one commune of the group (name exactly as in the plan)',
        command: 'compile-report init -p plan.yaml -a ubnd-xa-phuong --unit "Xã Lộc Bình" -o reports/12-xa-loc-binh.yaml',
      },
      {
        what: 'A successor body reporting for the old one (alias id), printed',
        command: 'compile-report init -p plan.yaml -a so-khoa-hoc-cong-nghe --out - > 05-so-khoa-hoc-cong-nghe.yaml',
      },
    ],
    notes: `The first line "# yaml-language-server: $schema=…" lets editors (VS Code + YAML) complete and check
  while typing. By default it points at the package's schemas/report.schema.json when the plan is the
  example plan, else at report.schema.json next to the plan (create it with compile-report schema);
  the path is relative to --out (or to the working folder when printing); --schema picks another.
An unfilled template FAILS validate until it is filled in.`,
    exitCodes: '0 written; 2 the tool could not run (bad arguments, the file exists).',
  },
  status: {
    description: 'who has reported, who has not, who is late; progress of every task',
    options: {
      paths: 'files, folders or globs (default: reports of the config)',
      format: 'output format (default: text)',
      failOnMissing: 'exit 1 while any unit has not reported',
      asOf: 'judge as of this day (dd/mm/yyyy or yyyy-mm-dd; default: today)',
      quiet: 'no "Reading n/N files…" progress line',
    },
    examples: [
      { what: 'The reporting status of every agency and every commune or ward', command: 'compile-report status --plan plan.yaml reports' },
      { what: 'In a folder with compile-report.config.yaml', command: 'cd bao-cao-nhan-quyen && compile-report status' },
      {
        what: 'JSON output, overdue judged as of 5 January 2026',
        command: 'compile-report status -p plan.yaml reports --format json --as-of 05/01/2026',
      },
      { what: 'In CI: fail while any unit has not reported', command: 'compile-report status -p plan.yaml reports --fail-on-missing --quiet' },
    ],
    notes: `Files with errors are listed apart and do not count as reports. Late: the report is dated after the
  plan's report.deadline; overdue: not reported once today is past it. "Today" is --as-of, else
  SOURCE_DATE_EPOCH, else the clock.`,
    exitCodes: '0 done; 1 units missing (with --fail-on-missing); 2 the tool could not run.',
  },
  form: {
    description: 'write an offline HTML form a unit fills its report in',
    options: {
      all: 'every unit of the plan (or of --agency), one file each in the folder --out',
      out: 'the .html file (or the folder, with --all)',
      schema: "where the saved reports' $schema line points",
    },
    examples: [
      { what: 'The form of the health department', command: 'compile-report form --plan plan.yaml --agency so-y-te --out so-y-te.html' },
      {
        what: 'For one commune of the group (name exactly as in the plan)',
        command: 'compile-report form -p plan.yaml -a ubnd-xa-phuong --unit "Xã Lộc Bình" -o 12-xa-loc-binh.html',
      },
      { what: 'One file for every unit of the plan, into the folder bieu-mau/', command: 'compile-report form -p plan.yaml --all -o bieu-mau' },
    ],
    notes: `The HTML file holds everything: a unit opens it in a browser (Chrome, Edge, Firefox), offline, with
  nothing to install; the form checks as the clerk types with the very rules of "validate", saves only
  without errors (or as a draft), as a .yaml file to send back; a saved .yaml opens again to correct it.`,
    exitCodes: '0 written; 2 the tool could not run (bad arguments, invalid plan).',
  },
};

export const HELP: Record<Lang, HelpWords> = { vi, en };
