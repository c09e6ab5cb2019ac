import { describe, expect, it } from 'vitest';
import { en, vi, type Messages } from '../../../src/messages/diagnostics.js';
import { PLAUSIBLE_MAX, quantitiesRule } from '../../../src/validate/rules/quantities.js';
import { brief, edit, exampleReportText, MINI_REPORT, REPORT_NAMES, ruleContext } from '../support.js';

const run = (text: string, t: Messages = vi) =>
  quantitiesRule(ruleContext(text, t)).map((d) => ({ ...brief(d), severity: d.severity }));
const firstQuantities = (q: string): string => edit(MINI_REPORT, '{ sessions: 1 }', q);
const participants = (n: number): string => edit(MINI_REPORT, '        participants: 150\n', `        participants: ${n}\n`);

describe('quantitiesRule: passing', () => {
  it('the mini report and every example report', () => {
    expect(run(MINI_REPORT)).toEqual([]);
    for (const name of REPORT_NAMES) expect(quantitiesRule(ruleContext(exampleReportText(name))), name).toEqual([]);
  });

  it('figures exactly at the plausible limit are fine', () => {
    expect(PLAUSIBLE_MAX).toEqual({ participants: 50_000, views: 50_000_000, copies: 1_000_000, cost: 5_000_000_000, default: 100_000 });
    expect(run(participants(50_000))).toEqual([]);
    expect(run(firstQuantities('{ sessions: 100000 }'))).toEqual([]);
  });
});

describe('CR406 quantity not counted by the form', () => {
  it('a conference that counts copies, at the quantity key', () => {
    expect(run(firstQuantities('{ sessions: 1, copies: 140 }'))).toEqual([
      {
        code: 'CR406',
        severity: 'error',
        line: 18,
        column: 36,
        message: 'Hình thức "conference" không đếm chỉ tiêu "copies"; chỉ tiêu của hình thức này: sessions.',
      },
    ]);
    expect(run(firstQuantities('{ sessions: 1, copies: 140 }'), en)[0]!.message).toBe(
      'Form "conference" does not count "copies"; this form counts: sessions.',
    );
  });

  it('a form that counts nothing', () => {
    const text = edit(firstQuantities('{ sessions: 1 }'), 'form: conference', 'form: other');
    expect(run(text)).toEqual([
      {
        code: 'CR406',
        severity: 'error',
        line: 18,
        column: 23,
        message: 'Hình thức "other" không đếm chỉ tiêu "sessions"; chỉ tiêu của hình thức này: (không có).',
      },
    ]);
    expect(run(text, en)[0]!.message).toBe('Form "other" does not count "sessions"; this form counts: (nothing).');
  });

  it('social media counts posts and views', () => {
    const text = edit(firstQuantities('{ posts: 3, views: 1200 }'), 'form: conference', 'form: social-media');
    expect(run(text)).toEqual([]);
  });
});

describe('CR405 implausible figure (warning)', () => {
  it('participants over 50 000, at the figure, grouped as each language writes thousands', () => {
    expect(run(participants(120_000))).toEqual([
      {
        code: 'CR405',
        severity: 'warning',
        line: 17,
        column: 23,
        message: 'Số liệu 120.000 của "participants" (hoạt động thứ 1 của nhiệm vụ III.4) lớn bất thường (trên 50.000).',
      },
    ]);
    expect(run(participants(120_000), en)[0]!.message).toBe(
      'Figure 120,000 of "participants" (activity 1 of task III.4) is implausibly large (over 50,000).',
    );
  });

  it('a quantity over the default limit', () => {
    expect(run(firstQuantities('{ sessions: 100001 }'))).toEqual([
      {
        code: 'CR405',
        severity: 'warning',
        line: 18,
        column: 33,
        message: 'Số liệu 100.001 của "quantities.sessions" (hoạt động thứ 1 của nhiệm vụ III.4) lớn bất thường (trên 100.000).',
      },
    ]);
  });

  it('views use their own, higher limit', () => {
    const ok = edit(firstQuantities('{ posts: 3, views: 50000000 }'), 'form: conference', 'form: social-media');
    expect(run(ok)).toEqual([]);
    const high = edit(firstQuantities('{ posts: 3, views: 50000001 }'), 'form: conference', 'form: social-media');
    expect(run(high).map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['CR405', 18, 40, 'Số liệu 50.000.001 của "quantities.views" (hoạt động thứ 1 của nhiệm vụ III.4) lớn bất thường (trên 50.000.000).'],
    ]);
  });

  it('cost over 5 billion đồng', () => {
    const text = edit(MINI_REPORT, '        participants: 150\n', '        participants: 150\n        cost: 12500000000\n');
    expect(run(text)).toEqual([
      {
        code: 'CR405',
        severity: 'warning',
        line: 18,
        column: 15,
        message: 'Số liệu 12.500.000.000 của "cost" (hoạt động thứ 1 của nhiệm vụ III.4) lớn bất thường (trên 5.000.000.000).',
      },
    ]);
  });

  it('a figure can be both not counted by the form and implausible', () => {
    expect(run(firstQuantities('{ sessions: 1, copies: 2000000 }')).map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual([
      'CR406@18:36',
      'CR405@18:44',
    ]);
  });
});

describe('CR427 cost below the plan\'s floor', () => {
  const cost = (n: number): string => edit(MINI_REPORT, '        participants: 150\n', `        participants: 150\n        cost: ${n}\n`);

  it('cost: 42 asks whether it was meant in nghìn or triệu, as a warning at the value', () => {
    expect(run(cost(42))).toEqual([
      {
        code: 'CR427',
        severity: 'warning',
        line: 18,
        column: 15,
        message: 'Kinh phí 42 đồng của "cost" (hoạt động thứ 1 của nhiệm vụ III.4) dưới 1.000 đồng: có phải 42 nghìn (42.000) hay 42 triệu (42.000.000) đồng?',
      },
    ]);
    expect(run(cost(42), en)[0]!.message).toBe(
      'Cost 42 VND of "cost" (activity 1 of task III.4) is below 1,000 VND: was it meant as 42 thousand (42,000) or 42 million (42,000,000) VND?',
    );
  });

  it('0 (nothing spent) and the floor itself are fine; the floor is the plan\'s to set', () => {
    expect(run(cost(0))).toEqual([]);
    expect(run(cost(1_000))).toEqual([]);
    expect(run(cost(999)).map((d) => d.code)).toEqual(['CR427']);
    const ctx = ruleContext(cost(42_000));
    expect(quantitiesRule(ctx)).toEqual([]);
    const strict = { ...ctx, index: { ...ctx.index, plan: { ...ctx.index.plan, cost_floor: 50_000 } } };
    expect(quantitiesRule(strict).map((d) => d.message)).toEqual([
      'Kinh phí 42.000 đồng của "cost" (hoạt động thứ 1 của nhiệm vụ III.4) dưới 50.000 đồng: có phải 42.000 nghìn (42.000.000) hay 42.000 triệu (42.000.000.000) đồng?',
    ]);
  });
});
