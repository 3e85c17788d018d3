import { ErrorCode, REDACTION_PLACEHOLDER } from '@consulta/shared/contracts';
import { decodeKeyset, encodeKeyset } from './moderation-cursor';
import { toPrefixQuery } from './search-query';
import { csvCell, toCsv } from './services/csv';
import { applyRanges } from './services/decision.service';

describe('redaction ranges', () => {
  const text = 'Dzwońcie: 600 700 800, mail jan@example.pl.';

  it('replaces each range with the placeholder, in any order', () => {
    const phone = { start: text.indexOf('600'), end: text.indexOf('800') + 3 };
    const mail = { start: text.indexOf('jan@'), end: text.indexOf('.pl') + 3 };
    expect(applyRanges(text, [mail, phone])).toBe(`Dzwońcie: ${REDACTION_PLACEHOLDER}, mail ${REDACTION_PLACEHOLDER}.`);
  });

  it.each([
    [
      'overlapping',
      [
        { start: 0, end: 5 },
        { start: 4, end: 8 },
      ],
    ],
    ['empty', [{ start: 3, end: 3 }]],
    ['past the end', [{ start: 40, end: 99 }]],
  ])('refuses %s ranges', (_name, ranges) => {
    expect(() => applyRanges(text, ranges)).toThrow(expect.objectContaining({ code: ErrorCode.RedactionInvalid }));
  });
});

describe('folded search query', () => {
  it('folds Polish diacritics and makes every word a required prefix', () => {
    expect(toPrefixQuery('Źródło  ZIELENI!')).toBe('zrodlo:* & zieleni:*');
    expect(toPrefixQuery('zrodlo')).toBe('zrodlo:*');
  });

  it('keeps no tsquery operators from the input', () => {
    expect(toPrefixQuery("a & b | !c:* 'd'")).toBe('a:* & b:* & c:* & d:*');
    expect(toPrefixQuery('&|!():*')).toBeNull();
  });
});

describe('CSV export', () => {
  it('quotes separators and neutralises formula-like cells', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+48 600')).toBe("'+48 600");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('zwykły tekst')).toBe('zwykły tekst');
  });

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['ł', 'x\ny'],
      ]),
    ).toBe('\uFEFFa,b\r\nł,"x\ny"\r\n');
  });
});

describe('keyset cursor', () => {
  const cursor = { sort: 'most_flags', at: '2025-01-02T03:04:05.123456Z', count: 3, id: '0b7a3c1e-9d2f-4c1a-8b3e-123456789abc' };

  it('round-trips for the sort it was made for only', () => {
    expect(decodeKeyset(encodeKeyset(cursor), 'most_flags')).toEqual(cursor);
    expect(() => decodeKeyset(encodeKeyset(cursor), 'newest')).toThrow(expect.objectContaining({ code: ErrorCode.CursorInvalid }));
    expect(() => decodeKeyset('bm9uc2Vuc2U', 'newest')).toThrow(expect.objectContaining({ code: ErrorCode.CursorInvalid }));
  });
});
