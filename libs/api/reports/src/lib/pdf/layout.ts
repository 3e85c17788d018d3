/**
 * The page flow of the report: A4 pages with our own margins and page breaks (pdfkit never breaks a page by
 * itself here), a footer with "Strona X z Y" on every page, wrapped paragraphs in styled runs, and numbers
 * filled in at the end (late numbers). Pages are written out as soon as the next one starts.
 */
import { GlyphFont } from './glyph-text';
import { LateNumber } from './late-number';
import { addContent, PDFDocument } from './pdfkit-internals';
import { TextRun, WrappedLine, wrapRuns } from './text-wrap';

export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

export const COLOURS = {
  text: '#1a1a1a',
  muted: '#4d4d4d',
  rule: '#8c8c8c',
  /** Table header and chart backgrounds. */
  shade: '#e8ecf2',
  accent: '#1f4e8c',
  inserted: '#14632b',
  deleted: '#a0161b',
} as const;

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = { top: 56, bottom: 60, left: 50, right: 50 };
const FOOTER_SIZE = 8;
/** Leading: line height as a multiple of the font size. */
const LEADING = 1.3;

export interface ParagraphStyle {
  size: number;
  bold?: boolean;
  colour?: string;
  /** Extra left indent in points. */
  indent?: number;
  /** Space after the paragraph in points (default: half a line). */
  after?: number;
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const RGB = new Map<string, string>();

/** "#1a1a1a" as the operands of rg. */
function rgb(colour: string): string {
  let value = RGB.get(colour);
  if (!value) {
    value = [1, 3, 5].map((at) => num(parseInt(colour.slice(at, at + 2), 16) / 255)).join(' ');
    RGB.set(colour, value);
  }
  return value;
}

export class ReportLayout {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN.left;
  readonly right = PAGE_WIDTH - MARGIN.right;
  readonly width = PAGE_WIDTH - MARGIN.left - MARGIN.right;
  readonly top = MARGIN.top;
  readonly bottom = PAGE_HEIGHT - MARGIN.bottom;
  pageNumber = 0;
  y = MARGIN.top;
  /** Called after each new page's footer is drawn (a table repeats its header row). */
  onNewPage: (() => void) | null = null;

  private readonly lateNumbers: LateNumber[] = [];
  private readonly totalPages: LateNumber;
  private readonly regular: GlyphFont;
  private readonly bold: GlyphFont;
  private fill = '';

  constructor(
    doc: PDFKit.PDFDocument,
    private readonly footerText: string,
  ) {
    this.doc = doc;
    this.regular = new GlyphFont(doc, FONT_REGULAR);
    this.bold = new GlyphFont(doc, FONT_BOLD);
    this.totalPages = this.lateNumber(FONT_REGULAR, FOOTER_SIZE, 40, 'left', [0.3, 0.3, 0.3]);
  }

  static create(fonts: { regular: Buffer; bold: Buffer }, info: { title: string; footer: string }): ReportLayout {
    const doc = new PDFDocument({
      autoFirstPage: false,
      size: 'A4',
      margin: 0,
      lang: 'pl-PL',
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: info.title, Creator: 'Consulta', Producer: 'Consulta (pdfkit)' },
    });
    doc.registerFont(FONT_REGULAR, fonts.regular);
    doc.registerFont(FONT_BOLD, fonts.bold);
    return new ReportLayout(doc, info.footer);
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  /** Space left on this page below the cursor. */
  get space(): number {
    return this.bottom - this.y;
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.pageNumber += 1;
    this.fill = '';
    this.y = this.top;
    this.drawFooter();
    this.onNewPage?.();
  }

  /** Starts a new page unless `height` points fit below the cursor; true when it did. */
  ensure(height: number): boolean {
    if (this.pageNumber > 0 && this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  measure(text: string, bold: boolean, size: number): number {
    return (bold ? this.bold : this.regular).width(text, size);
  }

  wrap(runs: readonly TextRun[], width: number, size: number): WrappedLine[] {
    return wrapRuns(runs, width, (text, bold) => this.measure(text, bold, size));
  }

  /** Draws one wrapped line with its top at y. */
  drawLine(line: WrappedLine, x: number, y: number, size: number, colour: string = COLOURS.text): void {
    this.drawLines([line], 0, 1, { x, y, size, colour });
  }

  /**
   * Draws lines[from, to) one under the other as a single text object (the cheap way to write a table cell):
   * left-aligned at x, or right-aligned to `rightEdge`.
   */
  drawLines(
    lines: readonly WrappedLine[],
    from: number,
    to: number,
    at: { x: number; y: number; size: number; colour?: string; rightEdge?: number },
  ): void {
    const { size } = at;
    const colour = at.colour ?? COLOURS.text;
    const lineHeight = this.lineHeight(size);
    const marks: { x: number; y: number; width: number; mark: 'insert' | 'delete'; colour: string }[] = [];
    let ops = '';
    let fontId = '';
    let lineX = 0;
    let lineIndex = from;
    for (let index = from; index < Math.min(to, lines.length); index++) {
      const line = lines[index];
      if (line.pieces.length === 0) continue;
      const x = at.rightEdge === undefined ? at.x : at.rightEdge - line.width;
      const top = at.y + (index - from) * lineHeight;
      // The page's coordinates are flipped (pdfkit draws top-down): the text matrix turns the glyphs upright, and
      // in its space a line further down is a negative y offset.
      if (ops) ops += ` ${num(x - lineX)} ${num(-lineHeight * (index - lineIndex))} Td`;
      else ops = `BT 1 0 0 -1 ${num(x)} ${num(top + (this.regular.ascender / 1000) * size)} Tm`;
      lineX = x;
      lineIndex = index;
      let pieceX = x;
      for (const piece of line.pieces) {
        const font = piece.bold ? this.bold : this.regular;
        const id = font.use();
        if (id !== fontId) {
          ops += ` /${id} ${size} Tf`;
          fontId = id;
        }
        const pieceColour = piece.mark === 'insert' ? COLOURS.inserted : piece.mark === 'delete' ? COLOURS.deleted : colour;
        if (pieceColour !== this.fill) {
          ops += ` ${rgb(pieceColour)} rg`;
          this.fill = pieceColour;
        }
        ops += ` (${font.bytes(piece.text)}) Tj`;
        if (piece.mark) marks.push({ x: pieceX, y: top, width: piece.width, mark: piece.mark, colour: pieceColour });
        pieceX += piece.width;
      }
    }
    if (!ops) return;
    addContent(this.doc, `${ops} ET`);
    for (const mark of marks) {
      const baseline = mark.y + size * 0.93;
      const lineY = mark.mark === 'insert' ? baseline + size * 0.15 : baseline - size * 0.3;
      this.doc
        .save()
        .lineWidth(size / 14)
        .strokeColor(mark.colour)
        .moveTo(mark.x, lineY)
        .lineTo(mark.x + mark.width, lineY)
        .stroke()
        .restore();
    }
  }

  /** One unwrapped string with its top at y (the caller made sure it fits). */
  text(text: string, x: number, y: number, size: number, bold = false, colour: string = COLOURS.text): void {
    if (!text) return;
    this.drawLine({ pieces: [{ text, bold, mark: undefined, width: 0 }], width: 0 }, x, y, size, colour);
  }

  /** A wrapped paragraph at the cursor; breaks pages between its lines. */
  paragraph(runs: readonly TextRun[] | string, style: ParagraphStyle): void {
    const list = typeof runs === 'string' ? [{ text: runs, bold: style.bold }] : runs;
    const indent = style.indent ?? 0;
    const lineHeight = this.lineHeight(style.size);
    for (const line of this.wrap(list, this.width - indent, style.size)) {
      this.ensure(lineHeight);
      this.drawLine(line, this.left + indent, this.y, style.size, style.colour);
      this.y += lineHeight;
    }
    this.y += style.after ?? lineHeight / 2;
  }

  /** Moves down `height` points, or to the next page's top when that would pass the bottom margin. */
  skip(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
    else this.y += height;
  }

  /** A number filled in by finish(); its box is `boxWidth` points wide. */
  lateNumber(
    fontName: string,
    size: number,
    boxWidth: number,
    align: 'left' | 'right',
    colour?: readonly [number, number, number],
  ): LateNumber {
    const late = new LateNumber(this.doc, fontName, size, boxWidth, align, colour);
    this.lateNumbers.push(late);
    return late;
  }

  /** Fills in the late numbers (the page count among them); call when the last page is drawn. */
  finish(): void {
    this.totalPages.resolve(this.pageNumber);
    for (const late of this.lateNumbers) late.finish();
  }

  private drawFooter(): void {
    const y = PAGE_HEIGHT - MARGIN.bottom + 24;
    this.doc
      .save()
      .lineWidth(0.5)
      .strokeColor(COLOURS.rule)
      .moveTo(this.left, y - 6)
      .lineTo(this.right, y - 6)
      .stroke()
      .restore();
    const label = `Strona ${this.pageNumber} z `;
    this.text(label, this.left, y, FOOTER_SIZE, false, COLOURS.muted);
    this.totalPages.place(this.left + this.measure(label, false, FOOTER_SIZE), y);
    const [first] = this.wrap([{ text: this.footerText }], this.width - 140, FOOTER_SIZE);
    if (first) this.drawLine(first, this.right - first.width, y, FOOTER_SIZE, COLOURS.muted);
  }
}
