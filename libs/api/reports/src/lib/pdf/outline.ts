/**
 * The report's structure as the reader navigates it: a table of contents with page numbers (filled in when the
 * document is complete, see LateNumber), clickable entries, and the PDF outline (bookmarks).
 */
import { LateNumber } from './late-number';
import { COLOURS, FONT_REGULAR, ReportLayout } from './layout';

export interface ContentsEntry {
  /** "1", "3.2": also the named destination's suffix. */
  number: string;
  title: string;
  level: 1 | 2;
}

const SIZE = { 1: 11, 2: 9.5 } as const;
const PAGE_BOX = 40;

export class Contents {
  private readonly pages = new Map<string, LateNumber>();
  private readonly outlineItems = new Map<string, PDFKit.PDFOutline>();

  constructor(
    private readonly layout: ReportLayout,
    private readonly entries: readonly ContentsEntry[],
  ) {}

  /** Draws the table of contents at the cursor; the page numbers appear when the document is finished. */
  draw(): void {
    const layout = this.layout;
    layout.paragraph([{ text: 'Spis treści', bold: true }], { size: 16, after: 12 });
    for (const entry of this.entries) {
      const size = SIZE[entry.level];
      const indent = entry.level === 1 ? 0 : 22;
      const titleWidth = layout.width - indent - PAGE_BOX - 10;
      const lines = layout.wrap([{ text: `${entry.number}. ${entry.title}`, bold: entry.level === 1 }], titleWidth, size);
      const lineHeight = layout.lineHeight(size);
      layout.ensure(lines.length * lineHeight + 4);
      const top = layout.y;
      lines.forEach((line, index) => layout.drawLine(line, layout.left + indent, top + index * lineHeight, size));
      const page = layout.lateNumber(FONT_REGULAR, size, PAGE_BOX, 'right');
      const lastTop = top + (lines.length - 1) * lineHeight;
      page.place(layout.right - PAGE_BOX, lastTop);
      const lastWidth = lines[lines.length - 1].width;
      this.leader(layout.left + indent + lastWidth + 4, layout.right - PAGE_BOX - 4, lastTop + size * 0.9);
      layout.doc.goTo(layout.left, top, layout.width, lines.length * lineHeight, destination(entry.number));
      this.pages.set(entry.number, page);
      layout.y = top + lines.length * lineHeight + (entry.level === 1 ? 6 : 3);
    }
  }

  /**
   * Marks where an entry starts: the cursor's page gets its number in the contents, a bookmark and a link
   * target. Call with the heading at the cursor (after any page break).
   */
  mark(number: string): void {
    const entry = this.entries.find((candidate) => candidate.number === number);
    if (!entry) throw new Error(`No contents entry ${number}`);
    const layout = this.layout;
    this.pages.get(number)?.resolve(layout.pageNumber);
    layout.doc.addNamedDestination(destination(number), 'XYZ', layout.left, layout.y, null);
    const parent = entry.level === 1 ? layout.doc.outline : this.outlineItems.get(number.split('.')[0]);
    const item = (parent ?? layout.doc.outline).addItem(`${entry.number}. ${entry.title}`);
    this.outlineItems.set(number, item);
  }

  private leader(from: number, to: number, y: number): void {
    if (to - from < 8) return;
    this.layout.doc
      .save()
      .lineWidth(0.6)
      .dash(0.6, { space: 2.4 })
      .strokeColor(COLOURS.rule)
      .moveTo(from, y)
      .lineTo(to, y)
      .stroke()
      .undash()
      .restore();
  }
}

export function destination(number: string): string {
  return `sekcja-${number}`;
}
