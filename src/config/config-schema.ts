import { DATE_PATTERN } from '../text/dates.js';
import { PERIOD_PATTERN } from './period.js';

/** The name `compile-report` looks for, walking up from the working folder. */
export const CONFIG_FILE_NAMES = ['compile-report.config.yaml', 'compile-report.config.yml'] as const;

/** Same rule as the plan schema's docNumber: "15/BC-BCĐNQ-CQTT". */
const DOC_NUMBER = '^[0-9]*[^/\\s]*/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$';

const text = (description: string): Record<string, unknown> => ({ type: 'string', minLength: 1, maxLength: 2000, description });
const path = (description: string): Record<string, unknown> => ({ ...text(description), pattern: '\\S' });

/**
 * JSON Schema (draft 2020-12) of compile-report.config.yaml. The checked-in schemas/config.schema.json is
 * this object (a test keeps them equal); editors use the file, the tool uses this.
 */
export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://compile-report.local/schemas/config.schema.json',
  title: 'Cấu hình compile-report (compile-report.config.yaml)',
  description:
    'Giá trị mặc định cho các lệnh validate, status, init và build. Đường dẫn tính từ thư mục chứa tệp cấu hình. Tùy chọn trên dòng lệnh luôn được ưu tiên. / Defaults for validate, status, init and build; paths are relative to this file; command-line options win.',
  type: 'object',
  additionalProperties: false,
  properties: {
    plan: path('Tệp kế hoạch (plan.yaml). / The plan file.'),
    reports: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      uniqueItems: true,
      description: 'Tệp, thư mục hoặc mẫu glob chứa báo cáo của các đơn vị, ví dụ [reports] hoặc ["bao-cao/**/*.yaml"]. / Report files, folders or globs.',
      items: path('Một tệp, thư mục hoặc mẫu glob. / A file, folder or glob.'),
    },
    out: { ...path('Tệp DOCX mà lệnh build ghi ra, ví dụ bao-cao.docx. / The DOCX that build writes.'), pattern: '\\.[Dd][Oo][Cc][Xx]$' },
    number: { type: 'string', pattern: DOC_NUMBER, description: 'Số, ký hiệu báo cáo tổng hợp, ví dụ 15/BC-BCĐNQ-CQTT. / Number and symbol of the compiled report.' },
    date: { type: 'string', pattern: DATE_PATTERN, description: 'Ngày báo cáo tổng hợp: dd/mm/yyyy hoặc yyyy-mm-dd. / Date of the compiled report.' },
    signer: {
      type: 'object',
      additionalProperties: false,
      required: ['authority', 'name'],
      description: 'Người ký báo cáo tổng hợp, cùng dạng với signer của kế hoạch. / The signer, shaped like the plan’s.',
      properties: {
        authority: text('Quyền hạn ký: KT. TRƯỞNG BAN, TM. … / Signing authority.'),
        title: text('Chức vụ, ví dụ PHÓ TRƯỞNG BAN. / Title.'),
        position: text('Dòng chức vụ thêm dưới chức danh. / Extra position line.'),
        name: text('Họ và tên người ký. / Name.'),
      },
    },
    recipients: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      description: 'Nơi nhận, mỗi mục một dòng, ghi trơn (không "- " đầu dòng, không ";" cuối dòng). / Recipient lines, plain.',
      items: text('Một nơi nhận. / One recipient.'),
    },
    lang: { enum: ['vi', 'en'], description: 'Ngôn ngữ thông báo: vi (mặc định) hoặc en. / Message language.' },
    period: {
      type: 'string',
      pattern: PERIOD_PATTERN,
      description:
        'Kỳ báo cáo (Nghị định 09/2019, Điều 12): 2025-12 (tháng), 2025-Q4 (quý), 2025-H1 hoặc 2025-H2 (6 tháng), 2025 (năm), campaign (cả đợt của kế hoạch). / Reporting period.',
    },
  },
} as const;

/** The parsed file, before paths are resolved. */
export interface ConfigValues {
  plan?: string;
  reports?: string[];
  out?: string;
  number?: string;
  date?: string;
  signer?: { authority: string; title?: string; position?: string; name: string };
  recipients?: string[];
  lang?: 'vi' | 'en';
  period?: string;
}
