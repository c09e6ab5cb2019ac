export { renderReportDocx, buildDocument, templatesFor, GENERATOR } from './document.js';
export type { RenderOptions } from './types.js';
export {
  TemplateError,
  loadTemplates,
  defaultTemplateDir,
  TEMPLATE_NAMES,
  BODY_TEMPLATES,
  APPENDIX_TEMPLATES,
  TEMPLATE_EXT,
  type TemplateName,
  type TemplateSet,
} from './templates.js';
export { TABLES, TABLE_HEADER_COUNTS } from './tables.js';
export { buildViewModel, STATUS_TEXT } from './view-model.js';
export type * from './view-model-contract.js';
export {
  cleanText,
  cleanInline,
  formatNumber,
  formatMoney,
  formatPercent,
  formatDateText,
  formatPlaceDate,
  formatDateTable,
  formatSpanTable,
  formatSpanText,
  formatDocNumber,
  printedNumber,
  unnumbered,
  dayText,
  monthText,
} from './vn-format.js';
export { escapeMarkup, parseMarkup, type Block, type Run } from './markup.js';
export { zipDeterministic, zipParts } from './rezip.js';
export { recipientLines } from './closing.js';
