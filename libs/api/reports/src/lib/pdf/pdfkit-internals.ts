/**
 * The few pdfkit internals the report needs and the public typings do not describe: the current font object
 * (to encode text for a form XObject), raw content, page resources and indirect objects. Kept in one place so a
 * pdfkit upgrade breaks here, loudly, and the tests (pdftotext of a rendered report) catch a silent change.
 */
import PDFDocument from 'pdfkit';

/** pdfkit's embedded (TrueType) font. */
export interface PdfkitFont {
  /** Resource name, e.g. "F1". */
  readonly id: string;
  /** ascender/descender in 1/1000 em. */
  readonly ascender: number;
  readonly descender: number;
  /** The font dictionary (written, subset, when the document ends). */
  ref(): PdfkitReference;
  /** Glyph ids (4 hex digits each) of the subset; records the ToUnicode mapping as a side effect. */
  encode(text: string): [string[], GlyphPosition[]];
  widthOfString(text: string, size: number): number;
}

/** Glyph placement in 1/1000 em. */
export interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

export interface PdfkitReference {
  readonly data: Record<string, unknown>;
  end(chunk?: string): void;
}

interface PdfkitPageInternals {
  readonly xobjects: Record<string, PdfkitReference>;
  readonly fonts: Record<string, PdfkitReference>;
}

interface PdfkitDocumentInternals {
  readonly _font: PdfkitFont;
  readonly page: PdfkitPageInternals;
  addContent(data: string): PDFKit.PDFDocument;
  ref(data: Record<string, unknown>): PdfkitReference;
}

function internals(doc: PDFKit.PDFDocument): PdfkitDocumentInternals {
  return doc as unknown as PdfkitDocumentInternals;
}

/** The font object registered under `name` (selects it as a side effect). */
export function fontObject(doc: PDFKit.PDFDocument, name: string): PdfkitFont {
  doc.font(name);
  return internals(doc)._font;
}

export function addContent(doc: PDFKit.PDFDocument, data: string): void {
  internals(doc).addContent(data);
}

export function newReference(doc: PDFKit.PDFDocument, data: Record<string, unknown>): PdfkitReference {
  return internals(doc).ref(data);
}

export function pageXObjects(doc: PDFKit.PDFDocument): Record<string, PdfkitReference> {
  return internals(doc).page.xobjects;
}

export function pageFonts(doc: PDFKit.PDFDocument): Record<string, PdfkitReference> {
  return internals(doc).page.fonts;
}

export { PDFDocument };
