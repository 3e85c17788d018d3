/**
 * Line breaking for the report: greedy, word by word, with styled runs (bold, inserted, deleted) and hard line
 * breaks; a word wider than the line is cut between characters, so no text is ever lost or drawn past its column.
 * Pure: widths come from the caller's measure function (the PDF's fonts).
 */

export type RunMark = 'insert' | 'delete';

/** A piece of text in one style. */
export interface TextRun {
  text: string;
  bold?: boolean;
  mark?: RunMark;
}

export interface LinePiece {
  text: string;
  bold: boolean;
  mark: RunMark | undefined;
  width: number;
}

export interface WrappedLine {
  pieces: LinePiece[];
  width: number;
}

/** Width of `text` in points in the regular or the bold font (at the caller's size). */
export type MeasureText = (text: string, bold: boolean) => number;

/** C0/C1 control characters other than newline and tab, and lone surrogates: never drawn (nothing to interpret). */
const UNDRAWABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Plain text as the PDF draws it: composed characters (NFC), CR LF and CR become LF, tabs become spaces, control
 * characters go.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNDRAWABLE, '');
}

/**
 * A hard line break, a word with the spaces after it, or spaces alone (at the start of a run). Only the plain
 * space breaks a line: a no-break space (as in "12 345") keeps its neighbours together.
 */
const TOKEN = /\n|([^ \n]+)( *)| +/g;

/**
 * Breaks styled runs into lines no wider than `width`. Spaces at the start of a wrapped line are dropped and
 * trailing spaces do not count against the width; an empty paragraph (two newlines) gives an empty line.
 */
export function wrapRuns(runs: readonly TextRun[], width: number, measure: MeasureText): WrappedLine[] {
  const lines: WrappedLine[] = [];
  let pieces: LinePiece[] = [];
  let lineWidth = 0;
  /** Width of the line without its trailing spaces. */
  let inkWidth = 0;

  const push = (text: string, bold: boolean, mark: RunMark | undefined, textWidth: number): void => {
    const last = pieces[pieces.length - 1];
    if (last && last.bold === bold && last.mark === mark) {
      last.text += text;
      last.width += textWidth;
    } else {
      pieces.push({ text, bold, mark, width: textWidth });
    }
    lineWidth += textWidth;
  };
  const endLine = (): void => {
    const last = pieces[pieces.length - 1];
    if (last) {
      const trimmed = last.text.replace(/ +$/, '');
      if (trimmed !== last.text) {
        last.width -= measure(last.text.slice(trimmed.length), last.bold);
        last.text = trimmed;
        if (!trimmed) pieces.pop();
      }
    }
    lines.push({ pieces, width: inkWidth });
    pieces = [];
    lineWidth = 0;
    inkWidth = 0;
  };

  for (const run of runs) {
    const bold = run.bold ?? false;
    const mark = run.mark;
    const runText = cleanText(run.text);
    TOKEN.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = TOKEN.exec(runText)) !== null) {
      if (match[0] === '\n') {
        endLine();
        continue;
      }
      const word = match[1] ?? '';
      const spaces = match[1] === undefined ? match[0] : match[2];
      if (!word) {
        // Spaces alone: kept between words, dropped at the start of a line.
        if (pieces.length > 0) push(spaces, bold, mark, measure(spaces, bold));
        continue;
      }
      const wordWidth = measure(word, bold);
      if (lineWidth + wordWidth > width && pieces.length > 0) endLine();
      if (wordWidth > width) {
        // Wider than a whole line: cut between characters (measured one by one, so the cost stays linear).
        let rest = word;
        while (rest) {
          let end = 0;
          let used = 0;
          for (const character of rest) {
            const characterWidth = measure(character, bold);
            if (used + characterWidth > width - lineWidth && (end > 0 || pieces.length > 0)) break;
            used += characterWidth;
            end += character.length;
          }
          if (end === 0) {
            endLine();
            continue;
          }
          push(rest.slice(0, end), bold, mark, used);
          inkWidth = lineWidth;
          rest = rest.slice(end);
          if (rest) endLine();
        }
      } else {
        push(word, bold, mark, wordWidth);
        inkWidth = lineWidth;
      }
      if (spaces) push(spaces, bold, mark, measure(spaces, bold));
    }
  }
  if (pieces.length > 0 || lines.length === 0) endLine();
  return lines;
}
