/**
 * The CSV beside the DOCX goes straight into Excel or LibreOffice Calc: every value must come back as
 * the same text in the same cell (RFC 4180 quoting), and no value from a report may run as a formula.
 */
import { describe, expect, it } from 'vitest';
import { activitiesCsv } from '../../src/export/activities-csv.js';
import { mergeReports } from '../../src/merge/index.js';
import type { MergedActivity, MergedReport } from '../../src/merge/types.js';
import { loadFixture } from '../render/helpers.js';

const HEADER = 'co_quan,don_vi,nhiem_vu,tu_ngay,den_ngay,hinh_thuc,noi_dung,dia_diem,chu_de,so_nguoi,sessions,articles,views,kinh_phi_dong,duong_dan,tep,don_vi_thuc_hien';

const base = mergeReports(loadFixture('merge', 'small').plan, loadFixture('merge', 'small').reports);

const activity = (over: Partial<MergedActivity>): MergedActivity => ({
  file: 'reports/a.yaml',
  agencyId: 'so-mot',
  unit: 'Sở Một',
  taskId: 'I.1',
  dateText: '01/12/2025',
  date: { from: '2025-12-01', to: '2025-12-01' },
  form: 'conference',
  formName: 'Hội nghị',
  title: 'Hội nghị tuyên truyền',
  themes: ['hien-phap'],
  participants: 120,
  quantities: { sessions: 2 },
  cost: 1500000,
  links: [],
  ...over,
});

/** The CSV of a model holding only these activities. */
const csvOf = (...activities: MergedActivity[]): string => activitiesCsv({ ...base, activities } satisfies MergedReport);

/** The same without the BOM, split into its lines (for values without line breaks). */
function lines(...activities: MergedActivity[]): string[] {
  const csv = csvOf(...activities);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('activitiesCsv', () => {
  it('writes a BOM, a header of stable column names with one column per plan quantity, and one CRLF line per activity', () => {
    expect(lines(activity({}))).toEqual([
      HEADER,
      'so-mot,Sở Một,I.1,2025-12-01,2025-12-01,conference,Hội nghị tuyên truyền,,hien-phap,120,2,0,0,1500000,,reports/a.yaml,',
    ]);
  });

  it('quotes a value holding a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    const csv = csvOf(
      activity({ unit: 'Sở Văn hóa, Thể thao và Du lịch', title: 'Tọa đàm "Quyền con người"', place: 'Hội trường\ntầng 2', links: ['https://a.vn/x', 'https://b.vn/y,z'] }),
    );
    expect(csv).toBe(
      `\uFEFF${HEADER}\r\n` +
        'so-mot,"Sở Văn hóa, Thể thao và Du lịch",I.1,2025-12-01,2025-12-01,conference,"Tọa đàm ""Quyền con người""","Hội trường\ntầng 2",hien-phap,120,2,0,0,1500000,"https://a.vn/x https://b.vn/y,z",reports/a.yaml,\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x.example","bấm")', `"'=HYPERLINK(""http://x.example"",""bấm"")"`],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('defuses a value that a spreadsheet would run as a formula: %j', (title, cell) => {
    expect(csvOf(activity({ title }))).toBe(
      `\uFEFF${HEADER}\r\nso-mot,Sở Một,I.1,2025-12-01,2025-12-01,conference,${cell},,hien-phap,120,2,0,0,1500000,,reports/a.yaml,\r\n`,
    );
  });

  it('leaves a formula character inside a value alone, and numbers as numbers', () => {
    const [, row] = lines(activity({ title: 'Kết quả: 1+1=2, đạt 100%', participants: 0, cost: 0, quantities: {} }));
    expect(row).toBe('so-mot,Sở Một,I.1,2025-12-01,2025-12-01,conference,"Kết quả: 1+1=2, đạt 100%",,hien-phap,0,0,0,0,0,,reports/a.yaml,');
  });

  it('drops control characters, normalises to NFC, and writes the date as written when it could not be read', () => {
    const [, row] = lines(activity({ title: 'Ho\u0000i nghi\u0323\u001b[31m', unit: 'Xa\u0303 Bình Minh', date: null, dateText: 'tháng 12/2025' }));
    expect(row).toBe('so-mot,Xã Bình Minh,I.1,tháng 12/2025,tháng 12/2025,conference,Hoi nghị[31m,,hien-phap,120,2,0,0,1500000,,reports/a.yaml,');
  });

  it('writes the header alone when no activity was reported', () => {
    expect(lines()).toEqual([HEADER]);
  });
});
