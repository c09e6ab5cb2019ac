import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Lang } from '../diagnostics/codes.js';
import { messagesFor } from '../diagnostics/messages.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { displayName } from '../load/collect-files.js';
import { packagePath, VERSION } from '../core/package-root.js';
import type { Plan } from '../plan/types.js';
import { deriveReportSchema } from '../schema/derive-report-schema.js';
import { slugify } from '../text/slug.js';
import { readRecipes, wireHook, wireWorkflow } from './ci-recipes.js';
import { EXIT, UsageError, type CliIo } from '../core/cli-io.js';
import { loadPlanOrReport } from './load-plan.js';
import { absolute, resolveLang, useColor } from './options.js';
import { schemaText } from './schema.js';

export interface NewArgs {
  folder?: string;
  plan?: string;
  lang?: string;
}

/** The bundled example plan, used when --plan is not given. */
export const EXAMPLE_PLAN = packagePath('examples', 'lang-son-2025', 'plan.yaml');

/** Names inside a new reporting folder; `init` finds the schema beside the plan, so reports' `$schema` lines resolve. */
export const LAYOUT = {
  plan: 'plan.yaml',
  config: 'compile-report.config.yaml',
  schema: 'report.schema.json',
  reports: 'reports',
  out: 'bao-cao.docx',
  workflow: '.github/workflows/kiem-tra-bao-cao.yml',
  hook: '.githooks/pre-commit',
} as const;

interface NewWords {
  missingFolder(): string;
  notEmpty(folder: string, entries: readonly string[]): string;
  notAFolder(folder: string): string;
  written(folder: string, planNumber: string, files: readonly string[]): string;
}

const WORDS: Record<Lang, NewWords> = {
  vi: {
    missingFolder: () => 'Thiếu tên thư mục: compile-report new <thư mục> [--plan <tệp kế hoạch>].',
    notEmpty: (folder, entries) =>
      `Thư mục ${folder} đã có nội dung (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}); new chỉ tạo trong thư mục mới hoặc rỗng và không ghi đè gì. Chọn tên thư mục khác.`,
    notAFolder: (folder) => `${folder} là một tệp, không phải thư mục; chọn tên khác.`,
    written: (folder, plan, files) =>
      `✔ Đã tạo thư mục báo cáo ${folder} cho kế hoạch ${plan}:\n${files.map((f) => `  ${f}\n`).join('')}` +
      `Tiếp theo:\n` +
      `  cd ${folder}\n` +
      `  compile-report init --agency <mã cơ quan>      # báo cáo mẫu trong ${LAYOUT.reports}/ (mã: ${LAYOUT.reports}/README.md)\n` +
      `  compile-report validate                        # kiểm tra các báo cáo\n` +
      `  compile-report build --pdf                     # tổng hợp thành ${LAYOUT.out} và bản PDF\n` +
      `  git init && git config core.hooksPath .githooks   # kiểm tra báo cáo trước mỗi commit\n` +
      `  npm install                                    # tạo package-lock.json cho workflow GitHub (npm ci)\n`,
  },
  en: {
    missingFolder: () => 'Missing the folder name: compile-report new <folder> [--plan <plan file>].',
    notEmpty: (folder, entries) =>
      `The folder ${folder} is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}); new only writes into a new or empty folder and never overwrites anything. Choose another folder name.`,
    notAFolder: (folder) => `${folder} is a file, not a folder; choose another name.`,
    written: (folder, plan, files) =>
      `✔ Wrote the reporting folder ${folder} for plan ${plan}:\n${files.map((f) => `  ${f}\n`).join('')}` +
      `Next:\n` +
      `  cd ${folder}\n` +
      `  compile-report init --agency <agency id>       # a template in ${LAYOUT.reports}/ (ids: ${LAYOUT.reports}/README.md)\n` +
      `  compile-report validate                        # check the reports\n` +
      `  compile-report build --pdf                     # compile ${LAYOUT.out} and its PDF\n` +
      `  git init && git config core.hooksPath .githooks   # check reports before every commit\n` +
      `  npm install                                    # writes package-lock.json for the GitHub workflow (npm ci)\n`,
  },
};

const CONFIG_TEXT = `# Cấu hình compile-report cho thư mục báo cáo này; trong thư mục chỉ cần gõ:
#   compile-report init --agency <mã>   (tạo báo cáo mẫu trong ${LAYOUT.reports}/)
#   compile-report validate             (kiểm tra mọi báo cáo)
#   compile-report status               (ai đã báo cáo, ai chưa)
#   compile-report build --pdf          (tổng hợp thành ${LAYOUT.out}, kèm bản PDF)
# Đường dẫn tính từ thư mục chứa tệp này; tùy chọn trên dòng lệnh được ưu tiên.

# Tệp kế hoạch.
plan: ${LAYOUT.plan}

# Tệp, thư mục hoặc mẫu glob chứa báo cáo của các đơn vị.
reports: [${LAYOUT.reports}]

# Tệp DOCX báo cáo tổng hợp mà lệnh build ghi ra.
out: ${LAYOUT.out}
`;

const GITIGNORE_TEXT = `# Kết quả của compile-report build: tạo lại được từ các báo cáo, không lưu vào kho.
*.docx
*.pdf
*.hoat-dong.csv
# Tệp tạm của một lần ghi bị ngắt; lần ghi sau tự dọn.
.*.tmp
node_modules/
`;

/** The README the units read: how to make, fill and check their report, and the plan's agency ids. */
export function reportsReadme(plan: Plan): string {
  const rows = plan.agencies.map((a) => {
    const aliases = (a.aliases ?? []).map((x) => `, hoặc \`${x.id}\` (${x.name})`).join('');
    const group = a.group ? ` — mỗi ${a.group.member} một báo cáo: thêm \`--unit "<tên>"\`, ví dụ \`--unit "${a.group.units[0] ?? ''}"\`` : '';
    return `| \`${a.id}\`${aliases} | ${a.name}${group} |`;
  });
  return `# Báo cáo của các cơ quan, đơn vị

Thư mục này chứa báo cáo kết quả thực hiện ${plan.document.type.toLocaleLowerCase('vi')} số ${plan.document.number}: mỗi cơ quan,
đơn vị được giao nhiệm vụ nộp **một tệp YAML**.

1. Tạo báo cáo mẫu (gõ ở thư mục gốc của kho): \`compile-report init --agency <mã cơ quan>\`.
   Tệp mới nằm trong thư mục này, ghi sẵn mọi nhiệm vụ được giao và hướng dẫn từng mục.
2. Điền các chỗ còn trống: ngày viết dd/mm/yyyy, số liệu và kinh phí viết liền không dấu chấm (4500000).
3. Kiểm tra: \`compile-report validate\`; sửa đến khi không còn lỗi rồi mới nộp (commit).

Mở tệp bằng VS Code có tiện ích YAML (Red Hat) để được gợi ý và báo lỗi ngay khi gõ.

| mã cơ quan | cơ quan |
|---|---|
${rows.join('\n')}
`;
}

/** A package name npm accepts, from the folder's name ("Báo cáo 2026" → "bao-cao-2026"). */
function packageName(folder: string): string {
  return slugify(basename(folder)) || 'bao-cao';
}

async function entriesOf(folder: string, w: NewWords, shown: string): Promise<string[]> {
  const info = await stat(folder).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) throw new UsageError(w.notAFolder(shown));
  return (await readdir(folder)).sort();
}

/**
 * `compile-report new <folder>`: a ready reporting repository for a plan, written only into a new or empty folder.
 * Not through resolveCommandInputs: `new` writes the configuration, so one found in a folder above must not choose
 * its plan, and without --plan it takes the bundled example instead of refusing.
 */
export async function runNew(args: NewArgs, io: CliIo): Promise<number> {
  const t = messagesFor(resolveLang(args.lang));
  const w = WORDS[t.lang];
  if (!args.folder) throw new UsageError(w.missingFolder());
  const folder = absolute(args.folder, io.cwd);
  const existing = await entriesOf(folder, w, args.folder);
  if (existing.length > 0) throw new UsageError(w.notEmpty(args.folder, existing));

  const planPath = args.plan === undefined ? EXAMPLE_PLAN : absolute(args.plan, io.cwd);
  const plan = await loadPlanOrReport(planPath, io, t, useColor(undefined, { ...io, stdout: io.stderr }));
  if (!plan) return EXIT.failure;
  const recipes = await readRecipes();
  const wiring = { plan: LAYOUT.plan, reports: LAYOUT.reports };
  const files: [string, string | Uint8Array, number?][] = [
    [LAYOUT.plan, await readFile(planPath)],
    [LAYOUT.config, CONFIG_TEXT],
    [LAYOUT.schema, schemaText(deriveReportSchema(plan))],
    [`${LAYOUT.reports}/README.md`, reportsReadme(plan)],
    [LAYOUT.workflow, wireWorkflow(recipes.workflow, wiring)],
    [LAYOUT.hook, wireHook(recipes.hook, wiring), 0o755],
    ['.gitignore', GITIGNORE_TEXT],
    ['package.json', `${JSON.stringify({ name: packageName(folder), private: true, devDependencies: { 'compile-report': `^${VERSION}` } }, null, 2)}\n`],
  ];
  // Everything is prepared before the first byte is written; each file is new, so nothing can be overwritten.
  for (const sub of [LAYOUT.reports, '.github/workflows', '.githooks']) await mkdir(join(folder, sub), { recursive: true });
  for (const [name, data, mode] of files) await writeFileAtomic(join(folder, name), data, { inputs: [planPath], mode });
  io.stdout.write(w.written(displayName(folder, io.cwd), plan.document.number, files.map(([name]) => name)));
  return EXIT.ok;
}
