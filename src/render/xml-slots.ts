/**
 * Places in the docx object tree for XML written directly (docx-xml.ts): docx serialises each slot as
 * an empty marker element, and `fill` puts the XML in its place in the compiled document part. User
 * text cannot forge a marker: docx escapes every "<" of text.
 */
import { FileChild, type IXmlableObject } from 'docx';

const TAG = 'cr:xml';
const MARKER = /<cr:xml n="(\d+)"\/>/g;

class Slot extends FileChild {
  constructor(private readonly index: number) {
    super(TAG);
  }

  override prepForXml(): IXmlableObject {
    return { [TAG]: { _attr: { n: this.index } } };
  }
}

export class XmlSlots {
  private readonly xml: string[] = [];

  /** A child of a section or table context that stands for `xml`. */
  slot(xml: string): FileChild {
    this.xml.push(xml);
    return new Slot(this.xml.length - 1);
  }

  /** The compiled part with every marker replaced by its XML; each marker must be there exactly once. */
  fill(part: string): string {
    let filled = 0;
    const out = part.replace(MARKER, (_all, n: string) => {
      filled += 1;
      return this.xml[Number(n)] ?? '';
    });
    if (filled !== this.xml.length) throw new Error(`docx wrote ${filled} of ${this.xml.length} XML slots`);
    return out;
  }
}
