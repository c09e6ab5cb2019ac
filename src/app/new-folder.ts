import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { NEW_FOLDER } from '../messages/new-folder.js';
import { messagesFor } from '../messages/diagnostics.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { displayName } from '../load/collect-files.js';
import { packagePath, VERSION } from '../core/package-root.js';
import type { Plan } from '../plan/types.js';
import { deriveReportSchema } from '../schema/derive-report-schema.js';
import { slugify } from '../text/slug.js';
import { readRecipes, wireHook, wireWorkflow } from './ci-recipes.js';
import { EXIT, type CliIo } from '../core/cli-io.js';
import { UsageError } from '../core/errors.js';
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

async function entriesOf(folder: string, shown: string): Promise<string[]> {
  const info = await stat(folder).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) throw new UsageError('new.notAFolder', shown);
  return (await readdir(folder)).sort();
}

/**
 * `compile-report new <folder>`: a ready reporting repository for a plan, written only into a new or empty folder.
 * Not through resolveCommandInputs: `new` writes the configuration, so one found in a folder above must not choose
 * its plan, and without --plan it takes the bundled example instead of refusing.
 */
export async function runNew(args: NewArgs, io: CliIo): Promise<number> {
  const t = messagesFor(resolveLang(args.lang));
  if (!args.folder) throw new UsageError('new.missingFolder');
  const folder = absolute(args.folder, io.cwd);
  const existing = await entriesOf(folder, args.folder);
  if (existing.length > 0) throw new UsageError('new.notEmpty', args.folder, existing);

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
  io.stdout.write(NEW_FOLDER[t.lang].written(displayName(folder, io.cwd), plan.document.number, files.map(([name]) => name), LAYOUT.reports, LAYOUT.out));
  return EXIT.ok;
}
