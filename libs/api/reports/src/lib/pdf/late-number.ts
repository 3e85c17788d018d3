/**
 * A number that is drawn before it is known: the total page count in "Strona X z Y" and the page numbers in the
 * table of contents. Each is a form XObject placed on the pages now and given its content when the document is
 * complete, so the report is written in one pass, page after page, without keeping pages in memory.
 */
import { addContent, fontObject, newReference, pageXObjects, PdfkitFont, PdfkitReference } from './pdfkit-internals';

let serial = 0;

export class LateNumber {
  private readonly ref: PdfkitReference;
  private readonly name = `LN${++serial}`;
  private readonly font: PdfkitFont;
  private value: string | null = null;

  /**
   * @param fontName a font registered on `doc`
   * @param boxWidth the widest text it will hold, in points
   * @param align 'right' aligns the number to the right edge of the box (a table of contents' page column)
   */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    fontName: string,
    private readonly size: number,
    readonly boxWidth: number,
    private readonly align: 'left' | 'right',
    /** Fill colour, RGB 0..1. */
    private readonly colour: readonly [number, number, number] = [0, 0, 0],
  ) {
    this.font = fontObject(doc, fontName);
    const ascent = (this.font.ascender / 1000) * size;
    const descent = (this.font.descender / 1000) * size;
    this.ref = newReference(doc, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, descent, boxWidth, ascent],
      Resources: { Font: { [this.font.id]: this.font.ref() } },
    });
  }

  /** Draws the (future) number with its box's top-left corner at x, y (pdfkit's top-down coordinates). */
  place(x: number, y: number): void {
    const doc = this.doc;
    pageXObjects(doc)[this.name] = this.ref;
    const baseline = doc.page.height - y - (this.font.ascender / 1000) * this.size;
    doc.save();
    // pdfkit draws with a flipped y axis; undo it so the form's text stands upright.
    doc.transform(1, 0, 0, -1, 0, doc.page.height);
    addContent(doc, `1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} cm /${this.name} Do`);
    doc.restore();
  }

  resolve(value: number | string): void {
    this.value = String(value);
  }

  /** Writes the form's content; call once, before the document ends (the font subset is written then). */
  finish(): void {
    const text = this.value ?? '?';
    const [glyphs] = this.font.encode(text);
    const width = this.font.widthOfString(text, this.size);
    const x = this.align === 'right' ? Math.max(0, this.boxWidth - width) : 0;
    this.ref.end(`${this.colour.join(' ')} rg BT /${this.font.id} ${this.size} Tf ${x.toFixed(2)} 0 Td <${glyphs.join('')}> Tj ET`);
  }
}
