import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deriveReportSchema, LIMITS, SCHEMA_DIALECT, STATUS_VALUES } from '../../src/schema/derive-report-schema.js';
import { compiledPlan, edit, examplePlan, exampleReportText, REPORT_NAMES, ROOT } from '../validate/support.js';

// The derived schema is deep, loosely typed JSON; tests read it as such.
type Obj = Record<string, any>;

const schema = deriveReportSchema(examplePlan()) as Obj;
const defs = schema.$defs as Obj;
const activity = defs.activity as Obj;

const ALL_AGENCY_VALUES = [
  'ban-tuyen-giao-dan-van',
  'ban-tuyen-giao-tinh-uy',
  'cong-an-tinh',
  'bo-chi-huy-quan-su',
  'so-tu-phap',
  'so-thong-tin-truyen-thong',
  'so-khoa-hoc-cong-nghe',
  'so-dan-toc-ton-giao',
  'so-lao-dong-thuong-binh-xa-hoi',
  'so-noi-vu',
  'so-giao-duc-dao-tao',
  'so-y-te',
  'so-tai-chinh',
  'so-nong-nghiep-moi-truong',
  'ubnd-xa-phuong',
];
const THEMES = ['2.1.a', '2.1.b', '2.1.c', '2.1.d', '2.1.e', '2.1.f', '2.2.a', '2.2.b', '2.2.c', '2.3.a', '2.3.b'];
const FORMS = [
  'conference',
  'direct-propaganda',
  'political-study',
  'press-article',
  'broadcast',
  'loudspeaker',
  'social-media',
  'banner',
  'leaflet',
  'contest',
  'medical-exam',
  'guidance',
  'other',
];
const QUANTITIES = ['sessions', 'articles', 'broadcasts', 'posts', 'views', 'banners', 'copies', 'entries', 'examinations', 'documents'];

const branchFor = (s: Obj, agency: string): Obj | undefined =>
  (s.allOf as Obj[]).find((b) => (b.if.properties.agency.enum as string[]).includes(agency));

describe('deriveReportSchema(example plan)', () => {
  it('is a draft 2020-12 schema that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe(SCHEMA_DIALECT);
    expect(SCHEMA_DIALECT).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://compile-report.local/schemas/report.lang-son-2025-ngay-nhan-quyen.schema.json');
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('requires the report keys, forbids others and fixes the plan number', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['plan', 'agency', 'number', 'date', 'period', 'signer', 'tasks']);
    expect(Object.keys(schema.properties)).toEqual(['plan', 'agency', 'unit', 'number', 'date', 'period', 'signer', 'tasks', 'difficulties', 'proposals']);
    expect(schema.properties.plan.const).toBe('400/KH-BCĐNQ-CQTT');
  });

  it('enumerates every agency id and alias id', () => {
    expect(schema.properties.agency.enum).toEqual(ALL_AGENCY_VALUES);
    expect(schema.properties.agency.description).toContain('- so-thong-tin-truyen-thong: Sở Thông tin và Truyền thông; hoặc so-khoa-hoc-cong-nghe (Sở Khoa học và Công nghệ)');
  });

  it('has one if/then branch per agency, matching its id and aliases', () => {
    expect(schema.allOf).toHaveLength(12);
    expect((schema.allOf as Obj[]).map((b) => b.if.properties.agency.enum)).toEqual([
      ['ban-tuyen-giao-dan-van', 'ban-tuyen-giao-tinh-uy'],
      ['cong-an-tinh'],
      ['bo-chi-huy-quan-su'],
      ['so-tu-phap'],
      ['so-thong-tin-truyen-thong', 'so-khoa-hoc-cong-nghe'],
      ['so-dan-toc-ton-giao'],
      ['so-lao-dong-thuong-binh-xa-hoi', 'so-noi-vu'],
      ['so-giao-duc-dao-tao'],
      ['so-y-te'],
      ['so-tai-chinh'],
      ['so-nong-nghiep-moi-truong'],
      ['ubnd-xa-phuong'],
    ]);
    for (const b of schema.allOf as Obj[]) expect(b.if.required).toEqual(['agency']);
    expect(branchFor(schema, 'so-noi-vu')!.then.properties.tasks).toEqual({ $ref: '#/$defs/tasks-so-lao-dong-thuong-binh-xa-hoi' });
  });

  it("Sở Y tế's tasks: exactly III.9 required, and no III.4", () => {
    const tasks = defs['tasks-so-y-te'] as Obj;
    expect(branchFor(schema, 'so-y-te')!.then.properties.tasks).toEqual({ $ref: '#/$defs/tasks-so-y-te' });
    expect(tasks.type).toBe('object');
    expect(tasks.additionalProperties).toBe(false);
    expect(tasks.required).toEqual(['III.9']);
    expect(Object.keys(tasks.properties)).toEqual(['III.9']);
    expect(tasks.properties['III.4']).toBeUndefined();
    expect(tasks.properties['III.9'].$ref).toBe('#/$defs/taskReport');
    expect(tasks.properties['III.9'].description).toMatch(/^Nhiệm vụ III\.9: Nâng cao nhận thức cán bộ/);
  });

  it('every agency requires exactly its own tasks', () => {
    for (const agency of examplePlan().agencies) {
      const tasks = defs[`tasks-${agency.id}`] as Obj;
      expect(tasks.required).toEqual(agency.tasks.map((t) => t.id));
      expect(Object.keys(tasks.properties)).toEqual(agency.tasks.map((t) => t.id));
    }
    expect((defs['tasks-ubnd-xa-phuong'] as Obj).required).toEqual(['III.12.a', 'III.12.b']);
    expect((defs['tasks-bo-chi-huy-quan-su'] as Obj).required).toEqual(['III.3.a', 'III.3.b', 'III.3.c']);
  });

  it('enumerates the themes and the activity forms, and the quantities as properties', () => {
    expect(activity.properties.themes.items.enum).toEqual(THEMES);
    expect(activity.properties.themes.uniqueItems).toBe(true);
    expect(activity.properties.themes.maxItems).toBe(11);
    expect(activity.properties.form.enum).toEqual(FORMS);
    expect(Object.keys(activity.properties.quantities.properties)).toEqual(QUANTITIES);
    expect(activity.properties.quantities.additionalProperties).toBe(false);
    expect(activity.properties.quantities.properties.sessions).toEqual({ type: 'integer', minimum: 0, maximum: LIMITS.count, description: 'Số buổi (buổi).' });
    expect(activity.required).toEqual(['date', 'form', 'title']);
    expect(activity.additionalProperties).toBe(false);
  });

  it('the group agency requires `unit`, one of its 65 units', () => {
    const then = branchFor(schema, 'ubnd-xa-phuong')!.then as Obj;
    const units = examplePlan().agencies.find((a) => a.id === 'ubnd-xa-phuong')!.group!.units;
    expect(then.required).toEqual(['unit']);
    expect(then.properties.unit.enum).toHaveLength(65);
    expect(then.properties.unit.enum).toEqual(units);
    expect(then.properties.unit.enum[0]).toBe('Xã Thất Khê');
    expect(then.properties.unit.enum).toContain('Phường Tam Thanh');
    expect(then.properties.unit.enum).toContain('Xã Lộc Bình');
    expect(new Set(then.properties.unit.enum).size).toBe(65);
  });

  it('every other agency forbids `unit`', () => {
    for (const b of schema.allOf as Obj[]) {
      if (b.if.properties.agency.enum[0] === 'ubnd-xa-phuong') continue;
      expect(b.then.properties.unit).toBe(false);
      expect(b.then.required).toBeUndefined();
    }
  });

  it('a task report needs status and summary, and a reason when not started', () => {
    const task = defs.taskReport as Obj;
    expect(task.required).toEqual(['status', 'summary']);
    expect(task.properties.status.enum).toEqual([...STATUS_VALUES]);
    expect(task.if).toEqual({ properties: { status: { const: 'not_started' } }, required: ['status'] });
    expect(task.then).toEqual({ required: ['reason'] });
  });

  it('accepts every example report and rejects a Sở Y tế report that answers III.4', () => {
    const { validate } = compiledPlan();
    for (const name of REPORT_NAMES) {
      const data = parse(exampleReportText(name)) as unknown;
      expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const bad = parse(edit(exampleReportText('09-so-y-te.yaml'), 'difficulties:\n', '  III.4:\n    status: done\n    summary: x\ndifficulties:\n'));
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.map((e) => `${e.keyword} ${e.instancePath} ${JSON.stringify(e.params)}`)).toContain(
      'additionalProperties /tasks {"additionalProperty":"III.4"}',
    );
  });
});

describe('deriveReportSchema(plan, { agency })', () => {
  it('derives the schema of one agency only', () => {
    const one = deriveReportSchema(examplePlan(), { agency: 'so-y-te' }) as Obj;
    expect(one.$id).toBe('https://compile-report.local/schemas/report.lang-son-2025-ngay-nhan-quyen.so-y-te.schema.json');
    expect(one.properties.agency.enum).toEqual(['so-y-te']);
    expect(one.allOf).toHaveLength(1);
    expect(Object.keys(one.$defs).filter((k) => k.startsWith('tasks-'))).toEqual(['tasks-so-y-te']);
  });

  it('an alias id selects its agency, with the agency id and every alias', () => {
    const one = deriveReportSchema(examplePlan(), { agency: 'so-noi-vu' }) as Obj;
    expect(one.properties.agency.enum).toEqual(['so-lao-dong-thuong-binh-xa-hoi', 'so-noi-vu']);
    expect(Object.keys(one.$defs).filter((k) => k.startsWith('tasks-'))).toEqual(['tasks-so-lao-dong-thuong-binh-xa-hoi']);
  });

  it('an unknown agency is an error', () => {
    expect(() => deriveReportSchema(examplePlan(), { agency: 'so-van-hoa' })).toThrow('unknown agency so-van-hoa');
  });
});

describe('schemas/report.schema.json', () => {
  const file = join(ROOT, 'schemas', 'report.schema.json');
  const HOW = 'schemas/report.schema.json is stale or missing: regenerate it with `npm run schemas` (compile-report schema --plan examples/lang-son-2025/plan.yaml --out schemas/report.schema.json) and commit the result';

  it('is checked in and equals the schema derived from the example plan', () => {
    expect(existsSync(file), HOW).toBe(true);
    const expected = JSON.stringify(deriveReportSchema(examplePlan()), null, 2) + '\n';
    const actual = readFileSync(file, 'utf8');
    expect(actual === expected, HOW).toBe(true);
  });

  it('is what editors load through the yaml-language-server comment of every example report', () => {
    for (const name of REPORT_NAMES) {
      expect(exampleReportText(name).split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/report.schema.json');
    }
  });
});
