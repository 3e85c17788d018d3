import { ApiErrorDetail, ParagraphKind } from '@consulta/shared/contracts';

/**
 * The Markdown subset a consultation document is written in:
 *
 * - optional YAML front matter between `---` lines at the very top (ignored);
 * - exactly one `# Title`, before everything else;
 * - `## Section` headings (at least one; every section needs text);
 * - paragraphs: consecutive text lines, joined with single spaces; a blank line ends a paragraph;
 * - list items (`-`, `*`, `+`, `1.`, `1)`): each item is its own paragraph of kind list_item;
 *   lines that follow an item without a blank line, or indented lines right after a blank line,
 *   continue it (nested items become items of their own: the document is flat);
 * - inline formatting (`**bold**`, `[links](…)`) is kept verbatim in the paragraph text.
 *
 * Rejected with a line number: `###` and deeper headings (a section cannot nest: comments anchor
 * on sections and paragraphs only), text before the first `##`, raw HTML, tables, images, code
 * blocks, quotes, horizontal rules and underlined headings, empty sections, a second title.
 */
export interface ParsedParagraph {
  kind: ParagraphKind;
  text: string;
  /** 1-based line where the paragraph starts. */
  line: number;
}

export interface ParsedSection {
  title: string;
  line: number;
  paragraphs: ParsedParagraph[];
}

export interface ParsedDocument {
  title: string;
  sections: ParsedSection[];
}

export interface MarkdownLimits {
  /** UTF-8 bytes. */
  maxBytes: number;
  maxParagraphs: number;
  maxTitleLength: number;
  maxParagraphLength: number;
}

export const DEFAULT_MARKDOWN_LIMITS: MarkdownLimits = {
  maxBytes: 200_000,
  maxParagraphs: 500,
  maxTitleLength: 300,
  maxParagraphLength: 20_000,
};

export type MarkdownParseResult = { ok: true; document: ParsedDocument } | { ok: false; problems: ApiErrorDetail[] };

const MAX_PROBLEMS = 50;

const FRONT_MATTER_FENCE = /^---\s*$/;
const FRONT_MATTER_END = /^(---|\.\.\.)\s*$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}=+[ \t]*$/;
const HTML_BLOCK = /^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!--|!\[CDATA\[|![A-Za-z]|\?)/;
const TABLE_ROW = /^ {0,3}\|/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const BLOCK_QUOTE = /^ {0,3}>/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const IMAGE = /!\[[^\]]*\]\s*[([]/;

interface OpenParagraph extends ParsedParagraph {
  parts: string[];
}

class Parser {
  private readonly problems: ApiErrorDetail[] = [];
  private title?: { text: string; line: number };
  private readonly sections: ParsedSection[] = [];
  private current?: OpenParagraph;
  /** The last finished list item, which an indented line after a blank line may continue. */
  private lastListItem?: OpenParagraph;
  private paragraphCount = 0;
  private textBeforeSectionReported = false;

  constructor(
    private readonly lines: string[],
    private readonly limits: MarkdownLimits,
  ) {}

  parse(): MarkdownParseResult {
    let index = this.skipFrontMatter();
    while (index < this.lines.length) {
      index = this.consume(index);
    }
    this.flush();
    this.lastListItem = undefined;
    this.finish();
    if (this.problems.length > 0) {
      const problems = [...this.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).slice(0, MAX_PROBLEMS);
      return { ok: false, problems };
    }
    return { ok: true, document: { title: this.title?.text ?? '', sections: this.sections } };
  }

  private problem(line: number, message: string): void {
    this.problems.push({ line, field: `line ${line}`, message: `Line ${line}: ${message}` });
  }

  private skipFrontMatter(): number {
    if (!FRONT_MATTER_FENCE.test(this.lines[0] ?? '')) return 0;
    for (let index = 1; index < this.lines.length; index++) {
      if (FRONT_MATTER_END.test(this.lines[index])) return index + 1;
    }
    this.problem(1, 'the front matter that starts with “---” is never closed by another “---” line');
    return this.lines.length;
  }

  /** Handles the line at `index`; returns the index of the next line to look at. */
  private consume(index: number): number {
    const raw = this.lines[index];
    const lineNo = index + 1;

    if (raw.trim() === '') {
      if (this.current?.kind === ParagraphKind.ListItem) this.lastListItem = this.current;
      else if (this.current) this.lastListItem = undefined;
      this.flush();
      return index + 1;
    }

    const fence = CODE_FENCE.exec(raw);
    if (fence) {
      this.endBlock();
      this.problem(lineNo, 'code blocks (```) are not supported in a consultation document');
      const closing = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}\\s*$`);
      let next = index + 1;
      while (next < this.lines.length && !closing.test(this.lines[next])) next++;
      return next + 1;
    }

    const heading = ATX_HEADING.exec(raw);
    if (heading) {
      this.endBlock();
      this.heading(heading[1].length, (heading[2] ?? '').trim(), lineNo);
      return index + 1;
    }

    if (SETEXT_UNDERLINE.test(raw) && this.current) {
      this.endBlock();
      this.problem(lineNo, 'underlined headings (===) are not supported: start the heading line with “# ” or “## ” instead');
      return index + 1;
    }
    if (THEMATIC_BREAK.test(raw)) {
      this.endBlock();
      this.problem(lineNo, 'horizontal rules and underlined headings (---) are not supported: use “## ” to start a new section');
      return index + 1;
    }
    if (HTML_BLOCK.test(raw)) return this.rejectBlock(index, 'raw HTML is not allowed in a consultation document');
    if (TABLE_ROW.test(raw) || TABLE_DELIMITER.test(raw))
      return this.rejectBlock(index, 'tables are not supported: write the content as paragraphs or a list');
    if (BLOCK_QUOTE.test(raw)) return this.rejectBlock(index, 'quotes (>) are not supported: write the content as a paragraph');

    const listItem = LIST_ITEM.exec(raw);
    if (listItem && !this.continuesParagraph(listItem[2], listItem[3])) {
      this.endBlock();
      const text = (listItem[3] ?? '').trim();
      if (text === '') {
        this.problem(lineNo, 'a list item has no text');
        return index + 1;
      }
      this.startParagraph(ParagraphKind.ListItem, text, lineNo);
      return index + 1;
    }

    this.text(raw, lineNo);
    return index + 1;
  }

  /**
   * As in CommonMark, inside a running paragraph only a bullet or an ordered item numbered 1 with
   * text starts a list, so that a wrapped line such as "2013. …" stays part of the sentence.
   */
  private continuesParagraph(marker: string, rest: string | undefined): boolean {
    if (this.current?.kind !== ParagraphKind.Text) return false;
    if (!rest?.trim()) return true;
    return /^\d/.test(marker) && !/^0*1[.)]$/.test(marker);
  }

  private heading(level: number, text: string, line: number): void {
    if (level === 1) {
      if (this.title) {
        this.problem(line, `a document has exactly one title (#), the first is on line ${this.title.line}: use “## ” for sections`);
      } else if (text === '') {
        this.problem(line, 'the title (#) is empty');
        this.title = { text, line };
      } else {
        if (this.sections.length > 0) this.problem(line, 'the title (#) must come before the first section (##)');
        if (text.length > this.limits.maxTitleLength)
          this.problem(line, `the title is longer than ${this.limits.maxTitleLength} characters`);
        this.checkImages(text, line);
        this.title = { text, line };
      }
      return;
    }
    if (level === 2) {
      this.closeSection();
      if (text === '') this.problem(line, 'a section heading (##) has no title');
      if (text.length > this.limits.maxTitleLength)
        this.problem(line, `the section title is longer than ${this.limits.maxTitleLength} characters`);
      this.checkImages(text, line);
      this.sections.push({ title: text, line, paragraphs: [] });
      return;
    }
    this.problem(line, `sub-headings (${'#'.repeat(level)}) are not supported: use “## ” for a new section, or plain text`);
  }

  private text(raw: string, line: number): void {
    const text = raw.trim();
    if (this.current) {
      this.current.parts.push(text);
      this.checkImages(text, line);
      return;
    }
    if (this.lastListItem && /^(?: {2,}|\t)/.test(raw)) {
      // An indented line after a blank line continues the list item above it (CommonMark's loose list item).
      this.current = this.lastListItem;
      this.current.parts.push(text);
      this.checkImages(text, line);
      return;
    }
    this.lastListItem = undefined;
    this.startParagraph(ParagraphKind.Text, text, line);
  }

  private startParagraph(kind: ParagraphKind, text: string, line: number): void {
    this.flush();
    const section = this.sections.at(-1);
    if (!section) {
      if (!this.textBeforeSectionReported) {
        this.problem(
          line,
          this.title
            ? 'there is text before the first section (##): every paragraph must belong to a section'
            : 'there is text before the title (#): the document must start with “# Title”, then “## Section” headings',
        );
        this.textBeforeSectionReported = true;
      }
      this.current = { kind, text: '', line, parts: [text] };
      return;
    }
    this.paragraphCount++;
    if (this.paragraphCount === this.limits.maxParagraphs + 1) {
      this.problem(
        line,
        `the document has more than ${this.limits.maxParagraphs} paragraphs: shorten it or split it into several consultations`,
      );
    }
    this.checkImages(text, line);
    const paragraph: OpenParagraph = { kind, text: '', line, parts: [text] };
    section.paragraphs.push(paragraph);
    this.current = paragraph;
  }

  /** Finishes the open paragraph, if any. */
  private flush(): void {
    if (!this.current) return;
    const paragraph = this.current;
    paragraph.text = paragraph.parts.map((part) => part.replace(/\\$/, '').trim()).join(' ');
    if (paragraph.text.length > this.limits.maxParagraphLength) {
      this.problem(paragraph.line, `a paragraph is longer than ${this.limits.maxParagraphLength} characters: split it`);
    }
    this.current = undefined;
  }

  private endBlock(): void {
    this.flush();
    this.lastListItem = undefined;
  }

  /** Reports a block the subset does not support once, at its first line, and skips it. */
  private rejectBlock(index: number, message: string): number {
    this.endBlock();
    this.problem(index + 1, message);
    let next = index + 1;
    while (next < this.lines.length && this.lines[next].trim() !== '') next++;
    return next;
  }

  private checkImages(text: string, line: number): void {
    if (IMAGE.test(text)) this.problem(line, 'images are not supported in a consultation document');
  }

  private closeSection(): void {
    const section = this.sections.at(-1);
    if (section && section.paragraphs.length === 0) {
      this.problem(section.line, `the section “${section.title}” (##) has no text`);
    }
  }

  private finish(): void {
    this.closeSection();
    if (!this.title) {
      this.problem(1, 'the document has no title: its first heading must be a line starting with “# ”');
    }
    if (this.sections.length === 0) {
      this.problem(this.title?.line ?? 1, 'the document has no sections: add at least one heading starting with “## ”');
    }
  }
}

/** Parses a consultation document. Never throws: bad input gives problems with person-readable, line-numbered messages. */
export function parseConsultationMarkdown(source: string, limits: MarkdownLimits = DEFAULT_MARKDOWN_LIMITS): MarkdownParseResult {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > limits.maxBytes) {
    return {
      ok: false,
      problems: [{ message: `The document is ${Math.ceil(bytes / 1000)} kB; the limit is ${Math.floor(limits.maxBytes / 1000)} kB.` }],
    };
  }
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return new Parser(lines, limits).parse();
}
