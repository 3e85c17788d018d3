/**
 * A table that breaks across pages: the header row is repeated on every page, a row that does not fit moves to
 * the next page, and a row taller than what is left is split between its lines (a 5,000-character comment
 * continues on the following pages; no text is lost or drawn outside its cell).
 */
import { COLOURS, ReportLayout } from './layout';
import { TextRun, WrappedLine } from './text-wrap';

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

const PADDING = 3;
/** A row is only split when at least this many of its lines fit on the current page. */
const MIN_SPLIT_LINES = 3;

export class TableWriter {
  private readonly lineHeight: number;
  private readonly headerLines: WrappedLine[][];
  private readonly headerHeight: number;
  private readonly x: number[] = [];
  private readonly totalWidth: number;

  constructor(
    private readonly layout: ReportLayout,
    private readonly columns: readonly TableColumn[],
    private readonly size: number,
  ) {
    this.lineHeight = layout.lineHeight(size);
    let at = layout.left;
    for (const column of columns) {
      this.x.push(at);
      at += column.width;
    }
    this.totalWidth = at - layout.left;
    this.headerLines = columns.map((column) => layout.wrap([{ text: column.header, bold: true }], column.width - 2 * PADDING, size));
    this.headerHeight = Math.max(...this.headerLines.map((lines) => lines.length)) * this.lineHeight + 2 * PADDING;
  }

  /** Draws the header (on a new page unless it and one line fit) and repeats it on every following page. */
  start(): void {
    this.layout.ensure(this.headerHeight + this.lineHeight + 2 * PADDING);
    this.drawHeader();
    this.layout.onNewPage = () => this.drawHeader();
  }

  end(after = 8): void {
    this.layout.onNewPage = null;
    this.layout.y += after;
  }

  row(cells: readonly (readonly TextRun[])[]): void {
    const layout = this.layout;
    const lines = this.columns.map((column, index) => layout.wrap(cells[index] ?? [], column.width - 2 * PADDING, this.size));
    const total = Math.max(1, ...lines.map((cellLines) => cellLines.length));
    let from = 0;
    while (from < total) {
      const fitting = Math.floor((layout.bottom - layout.y - 2 * PADDING) / this.lineHeight);
      const rest = total - from;
      const pageLines = Math.floor((layout.bottom - layout.top - this.headerHeight - 2 * PADDING) / this.lineHeight);
      // Move to the next page when the rest fits there whole, or too little of it fits here.
      if (fitting < rest && (rest <= pageLines || fitting < MIN_SPLIT_LINES)) {
        layout.newPage();
        continue;
      }
      const count = Math.min(rest, fitting);
      this.drawChunk(lines, from, count);
      from += count;
    }
  }

  private drawChunk(lines: WrappedLine[][], from: number, count: number): void {
    const layout = this.layout;
    const top = layout.y;
    const height = count * this.lineHeight + 2 * PADDING;
    this.columns.forEach((column, index) => {
      layout.drawLines(lines[index], from, from + count, {
        x: this.x[index] + PADDING,
        y: top + PADDING,
        size: this.size,
        rightEdge: column.align === 'right' ? this.x[index] + column.width - PADDING : undefined,
      });
    });
    this.drawGrid(top, height);
    layout.y = top + height;
  }

  private drawHeader(): void {
    const layout = this.layout;
    const top = layout.y;
    layout.doc.save().rect(layout.left, top, this.totalWidth, this.headerHeight).fill(COLOURS.shade).restore();
    this.columns.forEach((column, index) => {
      this.headerLines[index].forEach((line, lineIndex) => {
        const x = column.align === 'right' ? this.x[index] + column.width - PADDING - line.width : this.x[index] + PADDING;
        layout.drawLine(line, x, top + PADDING + lineIndex * this.lineHeight, this.size);
      });
    });
    this.drawGrid(top, this.headerHeight);
    layout.y = top + this.headerHeight;
  }

  private drawGrid(top: number, height: number): void {
    const doc = this.layout.doc;
    doc.save().lineWidth(0.4).strokeColor(COLOURS.rule);
    doc.rect(this.layout.left, top, this.totalWidth, height);
    for (let index = 1; index < this.x.length; index++) doc.moveTo(this.x[index], top).lineTo(this.x[index], top + height);
    doc.stroke().restore();
  }
}
