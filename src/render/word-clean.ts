/**
 * What the docx library writes that Word "repairs" or flags, fixed on the packed parts: parts with no
 * content (an empty custom-properties part, footnotes and endnotes with only their separators, a
 * numbering part nothing uses, relationship parts with no relationship), styles based on a style the
 * file never defines, and a PAGE field with no cached result.
 */

const NOTES = ['word/footnotes.xml', 'word/endnotes.xml'] as const;

/** The character style the library's own styles are based on, defined as Word itself defines it. */
const DEFAULT_PARAGRAPH_FONT =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
  '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

/** The number shown until Word or LibreOffice lays the page out and updates the field. */
const PAGE_CACHE = '2';

type Parts = Map<string, string>;

function isEmptyRels(xml: string): boolean {
  return !xml.includes('<Relationship ');
}

/** Footnotes or endnotes holding only the separator entries the library always writes. */
function onlySeparators(xml: string): boolean {
  return !/<w:(?:footnote|endnote) (?![^>]*w:type="(?:separator|continuationSeparator)")/.test(xml);
}

/** Parts that carry nothing and may go, given the rest of the package. */
function emptyParts(parts: Parts): string[] {
  const drop: string[] = [];
  const custom = parts.get('docProps/custom.xml');
  if (custom !== undefined && !custom.includes('<property ')) drop.push('docProps/custom.xml');
  for (const p of NOTES) {
    const xml = parts.get(p);
    if (xml !== undefined && onlySeparators(xml) && !/<w:(?:footnote|endnote)Reference /.test(parts.get('word/document.xml') ?? '')) {
      drop.push(p, p.replace('word/', 'word/_rels/') + '.rels');
    }
  }
  if (parts.has('word/numbering.xml') && ![...parts.values()].some((x) => x.includes('<w:numPr>'))) drop.push('word/numbering.xml');
  return drop;
}

/** Remove a part's relationship and its content-type override from the files that point to it. */
function unlink(parts: Parts, path: string): void {
  const target = path.split('/').pop() ?? path;
  for (const rels of ['_rels/.rels', 'word/_rels/document.xml.rels']) {
    const xml = parts.get(rels);
    if (xml === undefined) continue;
    const name = rels === '_rels/.rels' ? path : target;
    parts.set(rels, xml.replace(new RegExp(`<Relationship [^>]*Target="${escapeRe(name)}"[^>]*/>`, 'g'), ''));
  }
  const types = parts.get('[Content_Types].xml');
  if (types !== undefined) {
    parts.set('[Content_Types].xml', types.replace(new RegExp(`<Override [^>]*PartName="/${escapeRe(path)}"[^>]*/>`, 'g'), ''));
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Notes settings point at separator ids; without the notes parts they must go too. */
function dropNotesSettings(xml: string): string {
  return xml.replace(/<w:(footnotePr|endnotePr)>[\s\S]*?<\/w:\1>/g, '');
}

function defineBasedOnStyles(xml: string): string {
  const defined = new Set([...xml.matchAll(/w:styleId="([^"]*)"/g)].map((m) => m[1]));
  if (defined.has('DefaultParagraphFont') || !xml.includes('w:basedOn w:val="DefaultParagraphFont"')) return xml;
  return xml.replace(/(<w:style )/, `${DEFAULT_PARAGRAPH_FONT}$1`);
}

/** Give each PAGE field a cached result: a run with a number between "separate" and "end". */
function cachePageFields(xml: string): string {
  return xml.replace(
    /(<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>)(<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="end"\/>)/g,
    (_all, separate: string, rPr: string | undefined, end: string) => `${separate}<w:r>${rPr ?? ''}<w:t>${PAGE_CACHE}</w:t></w:r>${end}`,
  );
}

/** An extended-properties part that names the application instead of being empty. */
function appProperties(xml: string, application: string): string {
  return xml.replace(/<Properties ([^>]*)\/>/, `<Properties $1><Application>${application}</Application></Properties>`);
}

/** Clean the text parts of a packed DOCX in place (paths → XML text). */
export function cleanForWord(parts: Parts, application: string): void {
  const drop = emptyParts(parts);
  for (const [path, xml] of parts) if (path.endsWith('.rels') && isEmptyRels(xml)) drop.push(path);
  for (const path of new Set(drop)) {
    parts.delete(path);
    if (!path.endsWith('.rels')) unlink(parts, path);
  }
  if (drop.some((p) => (NOTES as readonly string[]).includes(p))) {
    const settings = parts.get('word/settings.xml');
    if (settings !== undefined) parts.set('word/settings.xml', dropNotesSettings(settings));
  }
  const styles = parts.get('word/styles.xml');
  if (styles !== undefined) parts.set('word/styles.xml', defineBasedOnStyles(styles));
  for (const [path, xml] of parts) {
    if (/^word\/(header|footer)\d*\.xml$/.test(path)) parts.set(path, cachePageFields(xml));
  }
  const app = parts.get('docProps/app.xml');
  if (app !== undefined) parts.set('docProps/app.xml', appProperties(app, application));
}
