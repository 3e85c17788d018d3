import { cleanText, MeasureText, wrapRuns } from './text-wrap';

/** Every character is 1 point wide, so widths are lengths. */
const measure: MeasureText = (text) => text.length;

function lineTexts(lines: ReturnType<typeof wrapRuns>): string[] {
  return lines.map((line) => line.pieces.map((piece) => piece.text).join(''));
}

describe('wrapRuns', () => {
  it('breaks between words, never past the width, keeping every word', () => {
    const text = 'Proszę o więcej zieleni przy bulwarach Wisły i nowe ławki';
    const lines = wrapRuns([{ text }], 16, measure);
    expect(lineTexts(lines)).toEqual(['Proszę o więcej', 'zieleni przy', 'bulwarach Wisły', 'i nowe ławki']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(16);
    expect(lineTexts(lines).join(' ')).toBe(text);
  });

  it('cuts a word longer than the line between characters', () => {
    const lines = wrapRuns([{ text: 'a ' + 'x'.repeat(25) + ' b' }], 10, measure);
    expect(lineTexts(lines)).toEqual(['a', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx b']);
  });

  it('keeps hard line breaks and empty paragraphs', () => {
    expect(lineTexts(wrapRuns([{ text: 'pierwszy\n\ntrzeci' }], 50, measure))).toEqual(['pierwszy', '', 'trzeci']);
    expect(lineTexts(wrapRuns([{ text: '' }], 50, measure))).toEqual(['']);
  });

  it('keeps styles apart on one line and measures without trailing spaces', () => {
    const [line] = wrapRuns(
      [
        { text: 'Było: ', bold: true },
        { text: 'stare', mark: 'delete' },
        { text: ' nowe', mark: 'insert' },
      ],
      50,
      measure,
    );
    expect(line.pieces.map((piece) => [piece.text, piece.bold, piece.mark])).toEqual([
      ['Było: ', true, undefined],
      ['stare', false, 'delete'],
      [' nowe', false, 'insert'],
    ]);
    expect(line.width).toBe(16);
  });

  it('does not break at a no-break space', () => {
    expect(lineTexts(wrapRuns([{ text: 'razem 12\u00a0345 uwag' }], 9, measure))).toEqual(['razem', '12\u00a0345', 'uwag']);
  });
});

describe('cleanText', () => {
  it('drops control characters, unifies line ends and composes letters', () => {
    expect(cleanText('a\u0000b\u001b[1mc\r\nd\re\tf\u200bg')).toBe('ab[1mc\nd\ne fg');
    expect(cleanText('z\u0307o\u0301')).toBe('żó');
  });
});
