/** docProps/core.xml with dates from the report, never from the clock. */
import { toYMD } from './vn-format.js';
import { cleanInline } from './vn-format.js';

function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * The W3CDTF timestamp for created/modified: SOURCE_DATE_EPOCH-style seconds when given, else the
 * report date at 00:00:00 UTC.
 */
export function documentTimestamp(reportDate: string, sourceDateEpoch?: number): string {
  if (sourceDateEpoch !== undefined) {
    if (!Number.isFinite(sourceDateEpoch) || sourceDateEpoch < 0 || sourceDateEpoch > 253402300799) {
      throw new RangeError(`documentTimestamp: invalid sourceDateEpoch ${sourceDateEpoch}`);
    }
    return new Date(Math.floor(sourceDateEpoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const { year, month, day } = toYMD(reportDate);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(year, 4)}-${p(month)}-${p(day)}T00:00:00Z`;
}

export interface CoreProps {
  title: string;
  subject?: string;
  creator: string;
  timestamp: string;
}

export function coreXml(p: CoreProps): string {
  const t = (s: string): string => xmlEscape(cleanInline(s));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${t(p.title)}</dc:title>` +
    (p.subject === undefined ? '' : `<dc:subject>${t(p.subject)}</dc:subject>`) +
    `<dc:creator>${t(p.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${t(p.creator)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${p.timestamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${p.timestamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
