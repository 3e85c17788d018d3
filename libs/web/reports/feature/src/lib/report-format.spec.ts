import { formatCount, formatFileSize, formatIsoDate, formatShare } from './report-format';

// Intl separates thousands and units with (narrow) no-break spaces: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFileSize', () => {
  it('writes bytes whole and larger sizes with one decimal under 10, in the language', () => {
    expect(plain(formatFileSize(850, 'pl'))).toBe('850 B');
    expect(plain(formatFileSize(12_400, 'pl'))).toBe('12 kB');
    expect(plain(formatFileSize(3_140_000, 'pl'))).toBe('3,1 MB');
    expect(plain(formatFileSize(3_140_000, 'en'))).toBe('3.1 MB');
    expect(plain(formatFileSize(0, 'en'))).toBe('0 B');
  });
});

describe('formatCount and formatShare', () => {
  it('group digits and write percentages as the language does', () => {
    expect(plain(formatCount(12_345, 'pl'))).toBe('12 345');
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(plain(formatShare(12.5, 'pl'))).toBe('12,5%');
    expect(formatShare(12.5, 'en')).toBe('12.5%');
  });
});

describe('formatIsoDate', () => {
  it('writes a calendar date without shifting it by the time zone', () => {
    expect(formatIsoDate('2026-05-31', 'pl')).toBe('31 maja 2026');
    expect(formatIsoDate('2026-05-31', 'en')).toBe('31 May 2026');
    expect(formatIsoDate(null, 'pl')).toBe('');
    expect(formatIsoDate('not a date', 'en')).toBe('not a date');
  });
});
