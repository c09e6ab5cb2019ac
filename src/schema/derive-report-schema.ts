import type { Agency, Plan } from '../plan/types.js';
import { DATE_OR_RANGE_PATTERN, DATE_PATTERN, RANGE_PATTERN } from '../text/dates.js';
import { planExamples } from '../plan/examples.js';

export type JsonSchema = Record<string, unknown>;

export interface DeriveOptions {
  /** Derive the schema of one agency's report only (its tasks required, no other agency allowed). */
  agency?: string;
}

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const STATUS_VALUES = ['done', 'in_progress', 'not_started'] as const;

/** Caps that keep a hostile file from costing unbounded work; no real report comes near them. */
export const LIMITS = { text: 20_000, listItems: 1_000, activities: 2_000, count: 100_000_000, cost: 1_000_000_000_000 };

const text = (description: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength: LIMITS.text, description });
const count = (description: string): JsonSchema => ({ type: 'integer', minimum: 0, maximum: LIMITS.count, description });

function taskDefName(agency: Agency): string {
  return `tasks-${agency.id}`;
}

function tasksSchema(agency: Agency): JsonSchema {
  return {
    type: 'object',
    description: `Các nhiệm vụ Kế hoạch giao cho ${agency.name}; báo cáo đủ từng nhiệm vụ.`,
    additionalProperties: false,
    required: agency.tasks.map((t) => t.id),
    properties: Object.fromEntries(
      agency.tasks.map((t) => [t.id, { $ref: '#/$defs/taskReport', description: `Nhiệm vụ ${t.id}: ${t.text}` }]),
    ),
  };
}

/** A list of texts, each a plain line or `{ text, by }` naming who raised it; if/then keeps ajv's errors to the branch that applies. */
function raisedList(description: string, item: string): JsonSchema {
  return {
    type: 'array',
    maxItems: LIMITS.listItems,
    description,
    items: {
      if: { type: 'string' },
      then: text(item),
      else: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'by'],
        properties: { text: text(item), by: text('Đơn vị nêu ý kiến.') },
      },
    },
  };
}

function agencyValues(agency: Agency): string[] {
  return [agency.id, ...(agency.aliases ?? []).map((a) => a.id)];
}

function agencyDescription(plan: Plan): string {
  const lines = plan.agencies.map((a) => {
    const aliases = (a.aliases ?? []).map((x) => `${x.id} (${x.name})`).join(', ');
    return `- ${a.id}: ${a.name}${aliases ? `; hoặc ${aliases}` : ''}`;
  });
  return `Mã cơ quan báo cáo, theo phân công của kế hoạch:\n${lines.join('\n')}`;
}

function activitySchema(plan: Plan): JsonSchema {
  const themes = plan.campaign.phases.flatMap((p) => p.themes);
  const ex = planExamples(plan);
  return {
    type: 'object',
    description: 'Một hoạt động đã thực hiện.',
    additionalProperties: false,
    required: ['date', 'form', 'title'],
    properties: {
      date: {
        type: 'string',
        pattern: DATE_OR_RANGE_PATTERN,
        description: `Ngày thực hiện: dd/mm/yyyy (${ex.day}) hoặc yyyy-mm-dd; nhiều ngày: "${ex.range}".`,
      },
      form: {
        enum: plan.activity_forms.map((f) => f.id),
        description: `Hình thức hoạt động:\n${plan.activity_forms.map((f) => `- ${f.id}: ${f.name}`).join('\n')}`,
      },
      title: text('Tên hoạt động.'),
      place: text('Địa điểm.'),
      themes: {
        type: 'array',
        uniqueItems: true,
        maxItems: themes.length,
        description: 'Các nội dung của kế hoạch mà hoạt động đề cập (theo mã nội dung).',
        // A declared item type lets ajv check uniqueness by hashing instead of comparing every pair deeply.
        items: { type: 'string', enum: themes.map((t) => t.id), description: themes.map((t) => `- ${t.id}: ${t.text}`).join('\n') },
      },
      participants: count('Số người tham dự (lượt người).'),
      quantities: {
        type: 'object',
        description: 'Số lượng theo chỉ tiêu; mỗi hình thức chỉ đếm các chỉ tiêu kế hoạch quy định cho nó.',
        additionalProperties: false,
        properties: Object.fromEntries(plan.quantities.map((q) => [q.id, count(`${q.name} (${q.unit}).`)])),
      },
      links: {
        type: 'array',
        maxItems: 50,
        description: 'Đường dẫn tới tin, bài, video (https://…).',
        items: { type: 'string', minLength: 1, maxLength: 2000 },
      },
      cost: { type: 'integer', minimum: 0, maximum: LIMITS.cost, description: 'Kinh phí (đồng), viết liền không dấu chấm: 4500000.' },
      note: text('Ghi chú.'),
      by: text('Đơn vị thực hiện, khi không phải chính đơn vị báo cáo (báo cáo tổng hợp gửi lên cấp trên ghi đơn vị gốc của từng hoạt động).'),
    },
  };
}

/** One JSON Schema (draft 2020-12) for every report against this plan, enumerating its agencies, tasks, themes and forms. */
export function deriveReportSchema(plan: Plan, options: DeriveOptions = {}): JsonSchema {
  const only = options.agency ? plan.agencies.filter((a) => agencyValues(a).includes(options.agency!)) : plan.agencies;
  if (only.length === 0) throw new Error(`unknown agency ${options.agency}`);
  const groups = only.filter((a) => a.group);
  const ex = planExamples(plan);
  const branches = only.map((agency) => {
    const then: JsonSchema = { properties: { tasks: { $ref: `#/$defs/${taskDefName(agency)}` } } };
    if (agency.group) {
      then.required = ['unit'];
      then.properties = { ...(then.properties as object), unit: { enum: agency.group.units } };
    } else {
      then.properties = { ...(then.properties as object), unit: false };
    }
    return { if: { properties: { agency: { enum: agencyValues(agency) } }, required: ['agency'] }, then };
  });
  return {
    $schema: SCHEMA_DIALECT,
    $id: `https://compile-report.local/schemas/report.${plan.id}${options.agency ? `.${options.agency}` : ''}.schema.json`,
    title: `Báo cáo kết quả thực hiện Kế hoạch ${plan.document.number}`,
    description: `Báo cáo của một đơn vị về các nhiệm vụ được giao tại Kế hoạch ${plan.document.number} ngày ${plan.document.date}: ${plan.document.title}`,
    type: 'object',
    additionalProperties: false,
    required: ['plan', 'agency', 'number', 'date', 'period', 'signer', 'tasks'],
    properties: {
      plan: { const: plan.document.number, description: `Số kế hoạch: ${plan.document.number}.` },
      agency: {
        enum: only.flatMap(agencyValues),
        description: agencyDescription({ ...plan, agencies: only }),
      },
      unit: {
        type: 'string',
        description: groups.length
          ? `Tên đơn vị trong nhóm, đúng như danh sách trong kế hoạch; chỉ dùng khi agency là ${groups.map((g) => `${g.id} (${g.group!.member})`).join(', ')}.`
          : 'Tên đơn vị trong nhóm.',
      },
      number: { type: 'string', minLength: 3, maxLength: 100, pattern: '^\\S+/\\S+$', description: `Số, ký hiệu báo cáo của đơn vị, dạng số/ký hiệu như ${ex.number}.` },
      date: { type: 'string', pattern: DATE_PATTERN, description: 'Ngày ký báo cáo: dd/mm/yyyy hoặc yyyy-mm-dd.' },
      period: {
        type: 'string',
        pattern: RANGE_PATTERN,
        description: `Kỳ báo cáo, ví dụ "${ex.range}".`,
      },
      signer: {
        type: 'object',
        description: 'Người ký báo cáo.',
        additionalProperties: false,
        required: ['name', 'title'],
        properties: { name: text('Họ và tên người ký.'), title: text('Chức vụ của người ký.') },
      },
      tasks: { type: 'object', description: `Kết quả từng nhiệm vụ được giao, theo mã nhiệm vụ của kế hoạch (${ex.tasks} …).` },
      difficulties: raisedList('Khó khăn, vướng mắc.', 'Một khó khăn, vướng mắc.'),
      proposals: raisedList('Đề xuất, kiến nghị.', 'Một đề xuất, kiến nghị.'),
    },
    allOf: branches,
    $defs: {
      ...Object.fromEntries(only.map((a) => [taskDefName(a), tasksSchema(a)])),
      taskReport: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'summary'],
        properties: {
          status: {
            enum: [...STATUS_VALUES],
            description: 'Tình trạng: done (đã hoàn thành), in_progress (đang thực hiện), not_started (chưa thực hiện, ghi lý do).',
          },
          reason: text('Lý do chưa thực hiện (bắt buộc khi status là not_started).'),
          summary: text('Tóm tắt kết quả thực hiện nhiệm vụ.'),
          activities: { type: 'array', maxItems: LIMITS.activities, items: { $ref: '#/$defs/activity' } },
        },
        if: { properties: { status: { const: 'not_started' } }, required: ['status'] },
        then: { required: ['reason'] },
      },
      activity: activitySchema(plan),
    },
  };
}
