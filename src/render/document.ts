/**
 * renderReportDocx: the merged model → the consolidated BÁO CÁO as DOCX bytes, deterministic.
 */
import {
  AlignmentType,
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { MergedReport } from '../merge/types.js';
import { closingBlock } from './closing.js';
import { coreXml, documentTimestamp } from './core-props.js';
import { blockParagraph, ruleParagraph, textRun } from './docx-blocks.js';
import { headerBlock } from './header-block.js';
import { balanceLines, keepTogether, plainText } from './line-breaks.js';
import { textWidthTwips } from './text-width.js';
import type { Block } from './markup.js';
import { runsText } from './markup.js';
import { compileParts, type DocxParts, type PartOverride } from './docx-parts.js';
import { zipParts } from './rezip.js';
import { bodyParagraphXml } from './docx-xml.js';
import { XmlSlots } from './xml-slots.js';
import { cleanForWord } from './word-clean.js';
import {
  documentStyles,
  MARGIN,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  STYLE,
  TEXT_WIDTH_LANDSCAPE,
  TEXT_WIDTH_PORTRAIT,
} from './styles.js';
import { buildTable, TABLE_HEADER_COUNTS, type TableContext } from './tables.js';
import { APPENDIX_TEMPLATES, BODY_TEMPLATES, loadTemplates, TemplateError, type TemplateSet } from './templates.js';
import type { RenderOptions } from './types.js';
import type { ViewModel } from './view-model-contract.js';
import { buildViewModel, maxActivityRows } from './view-model.js';
import { cleanInline, formatDocNumber, formatPlaceDate, toYMD } from './vn-format.js';
import { appendAll } from '../core/append-all.js';

export const GENERATOR = 'compile-report';
const DOCUMENT_PART = 'word/document.xml';
/** Document type and trích yếu: 14 pt bold. */
const TITLE_SIZE = 14;

type Child = FileChild;

function pageProps(orientation: 'portrait' | 'landscape') {
  return {
    size: {
      width: PAGE_WIDTH,
      height: PAGE_HEIGHT,
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { ...MARGIN, gutter: 0 },
  };
}

/** A small empty paragraph after a table, so that two tables never touch and the text breathes. */
function afterTable(): Paragraph {
  return new Paragraph({ style: STYLE.rule, spacing: { before: 0, after: 120 }, children: [] });
}

/**
 * Convert markup blocks into DOCX children; tables are built with the width of the page they are on.
 * `keepLastWithNext` keeps the last paragraph on the page of what follows (the signature block).
 * `endsSection`: docx writes a section's properties into its last paragraph, so that one stays a docx
 * object even when body paragraphs are written as XML.
 */
function blocksToChildren(blocks: readonly Block[], ctx: TableContext, o: { keepLastWithNext?: boolean; endsSection?: boolean } = {}): Child[] {
  const out: Child[] = [];
  const last = blocks.length - 1;
  const lastChild = blocks.findLastIndex((b) => b.kind !== 'page');
  blocks.forEach((b, i) => {
    if (b.kind === 'page') return;
    if (b.kind === 'table') {
      out.push(buildTable(b.name, b.headers, ctx), afterTable());
      return;
    }
    const keepNext = o.keepLastWithNext === true && i === last;
    if (b.kind === 'paragraph' && ctx.slots && !(o.endsSection === true && i === lastChild)) {
      out.push(ctx.slots.slot(bodyParagraphXml(b.runs, keepNext)));
      return;
    }
    const beforeTable = blocks[i + 1]?.kind === 'table';
    out.push(blockParagraph(b, { keepNext, width: ctx.width, spaceAfter: beforeTable && b.kind === 'center' ? 240 : undefined }));
  });
  return out;
}

/** "BÁO CÁO" (first line) and the summary (trích yếu) in balanced lines, bold and centred, with a short rule under it. */
function titleChildren(blocks: readonly Block[], file: string): Paragraph[] {
  const lines = blocks.filter((b) => b.kind !== 'page' && b.kind !== 'table').map((b) => ('runs' in b ? runsText(b.runs) : ''));
  if (lines.length === 0) throw new TemplateError(file, { kind: 'no-title-line' });
  const [type = '', ...summary] = lines;
  const out: Paragraph[] = [
    new Paragraph({
      style: STYLE.center,
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      keepNext: true,
      children: [textRun(type, { bold: true, size: TITLE_SIZE })],
    }),
  ];
  let longest = 0;
  for (const s of summary) {
    const text = keepTogether(cleanInline(s));
    const broken = balanceLines(text, TEXT_WIDTH_PORTRAIT, TITLE_SIZE, { bold: true });
    for (const l of broken) longest = Math.max(longest, textWidthTwips(plainText(l), TITLE_SIZE, { bold: true }));
    out.push(
      new Paragraph({
        style: STYLE.center,
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        keepNext: true,
        keepLines: true,
        children: broken.map((l, i) => textRun(l, { bold: true, size: TITLE_SIZE, breakBefore: i > 0 })),
      }),
    );
  }
  // The rule under the trích yếu: between a third and a half of its longest line (0.4), centred.
  out.push(ruleParagraph(Math.round(Math.min(longest, TEXT_WIDTH_PORTRAIT) * 0.4), TEXT_WIDTH_PORTRAIT, 360, 100));
  return out;
}

/** Load the templates (or reuse a set loaded before) for these options. */
export function templatesFor(options: Pick<RenderOptions, 'templateDir'>): TemplateSet {
  return loadTemplates(options.templateDir, TABLE_HEADER_COUNTS);
}

function checkOptions(options: RenderOptions): void {
  toYMD(options.date); // throws RangeError on a bad date
  if (cleanInline(options.number) === '') throw new RangeError('renderReportDocx: the report number is empty (the caller checks it first)');
  if (cleanInline(options.signer.name) === '' || cleanInline(options.signer.authority) === '') {
    throw new RangeError('renderReportDocx: the signer needs an authority and a name (the caller checks it first)');
  }
}

/**
 * Build the docx Document object (exported for tests and tools; most callers want renderReportDocx).
 * With `slots`, data tables and body paragraphs are XML written directly into them; without, docx
 * objects: the reference the byte-comparison test holds the direct XML to.
 */
export function buildDocument(model: MergedReport, options: RenderOptions, templates?: TemplateSet, slots?: XmlSlots): Document {
  checkOptions(options);
  const set = templates ?? templatesFor(options);
  const view: ViewModel = buildViewModel(model, options);
  const plan = model.plan;
  const rows = maxActivityRows(options);
  const portraitCtx: TableContext = { model, width: TEXT_WIDTH_PORTRAIT, maxActivityRows: rows, slots };

  const t = set.templates;
  const main: Child[] = [
    headerBlock({
      parent: plan.issuer.parent,
      issuer: plan.issuer.header_name,
      number: formatDocNumber(options.number),
      placeDate: formatPlaceDate(options.place ?? plan.document.place, options.date),
      width: TEXT_WIDTH_PORTRAIT,
    }),
    ...titleChildren(t['tieu-de'].render(view), t['tieu-de'].file),
  ];
  const body: Block[] = [];
  for (const name of BODY_TEMPLATES) {
    if (name !== 'tieu-de') appendAll(body, t[name].render(view));
  }
  appendAll(main, blocksToChildren(body, portraitCtx, { keepLastWithNext: true }));
  main.push(new Paragraph({ style: STYLE.rule, keepNext: true, spacing: { before: 0, after: 240 }, children: [] }));
  main.push(closingBlock(options.signer, options.recipients, TEXT_WIDTH_PORTRAIT));

  const header = new Header({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: AlignmentType.CENTER,
        children: [textRunPage()],
      }),
    ],
  });

  const sections: ISectionOptions[] = [
    {
      properties: { titlePage: true, page: pageProps('portrait') },
      headers: { default: header, first: new Header({ children: [new Paragraph({ style: STYLE.pageNumber, children: [] })] }) },
      children: main,
    },
  ];

  for (const name of APPENDIX_TEMPLATES) {
    const blocks = t[name].render(view);
    if (blocks.every((b) => b.kind === 'page')) continue; // an emptied template drops its appendix
    const page = blocks.find((b) => b.kind === 'page');
    const orientation = page && page.kind === 'page' ? page.orientation : 'portrait';
    const ctx: TableContext = {
      model,
      width: orientation === 'landscape' ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH_PORTRAIT,
      maxActivityRows: rows,
      slots,
    };
    sections.push({ properties: { page: pageProps(orientation) }, children: blocksToChildren(blocks, ctx, { endsSection: true }) });
  }

  return new Document({
    creator: GENERATOR,
    lastModifiedBy: GENERATOR,
    title: cleanInline(plan.report.title),
    description: `${cleanInline(plan.document.type)} ${cleanInline(plan.document.number)}`,
    revision: 1,
    styles: documentStyles(),
    evenAndOddHeaderAndFooters: false,
    sections,
  });
}

/** The page number: a PAGE field in a run of the body size (14 pt). */
function textRunPage(): TextRun {
  return new TextRun({ children: [PageNumber.CURRENT], size: 28 });
}

/** docProps/core.xml, in place of the one docx would date with the clock. */
export function corePart(model: MergedReport, options: RenderOptions): PartOverride {
  const data = coreXml({
    title: model.plan.report.title,
    subject: `${formatDocNumber(options.number)}`,
    creator: GENERATOR,
    timestamp: documentTimestamp(options.date, options.sourceDateEpoch),
  });
  return { path: 'docProps/core.xml', data };
}

/** How data tables and body paragraphs are written: XML text directly, or docx objects (the tests' reference). */
export type Writer = 'xml' | 'docx';

/** The package's parts as they go into the zip: compiled by docx, direct XML put in, cleaned for Word. */
export function documentParts(model: MergedReport, options: RenderOptions, templates?: TemplateSet, writer: Writer = 'xml'): DocxParts {
  const slots = writer === 'xml' ? new XmlSlots() : undefined;
  const parts = compileParts(buildDocument(model, options, templates, slots), [corePart(model, options)]);
  const body = parts.text.get(DOCUMENT_PART);
  if (slots && body !== undefined) parts.text.set(DOCUMENT_PART, slots.fill(body));
  cleanForWord(parts.text, GENERATOR);
  return parts;
}

/**
 * Render the consolidated report. Same model and options → byte-identical DOCX: no clock, no random
 * ids, fixed zip timestamps and entry order. The parts are zipped once, here.
 */
export async function renderReportDocx(model: MergedReport, options: RenderOptions, templates?: TemplateSet): Promise<Uint8Array> {
  const { text, binary } = documentParts(model, options, templates);
  return zipParts(text, binary);
}
