import { cityLocalInputToIso, formatCityDate, isoToCityLocalInput } from './date-format';

describe('formatCityDate', () => {
  it('formats in Europe/Warsaw whatever the machine time zone', () => {
    expect(formatCityDate('2026-01-15T23:30:00Z', 'pl', 'date')).toBe('16 stycznia 2026');
    expect(formatCityDate('2026-01-15T23:30:00Z', 'en', 'date')).toBe('16 January 2026');
  });

  it('includes the time for dateTime', () => {
    expect(formatCityDate('2026-07-01T08:05:00Z', 'pl')).toBe('1 lipca 2026 10:05');
    expect(formatCityDate('2026-07-01T08:05:00Z', 'en')).toBe('1 July 2026 at 10:05');
  });

  it('returns an empty string for missing or invalid input', () => {
    expect(formatCityDate(null, 'pl')).toBe('');
    expect(formatCityDate('not a date', 'pl')).toBe('');
  });
});

describe('datetime-local conversion (Kraków wall-clock time)', () => {
  it('reads winter (CET, UTC+1) and summer (CEST, UTC+2) times', () => {
    expect(cityLocalInputToIso('2026-01-10T12:00')).toBe('2026-01-10T11:00:00.000Z');
    expect(cityLocalInputToIso('2026-07-10T12:00')).toBe('2026-07-10T10:00:00.000Z');
  });

  it('round-trips through the input format', () => {
    for (const iso of ['2026-03-29T01:30:00.000Z', '2026-10-25T03:30:00.000Z', '2026-12-31T23:00:00.000Z']) {
      expect(cityLocalInputToIso(isoToCityLocalInput(iso))).toBe(iso);
    }
  });

  it('treats an empty input as no date', () => {
    expect(cityLocalInputToIso('')).toBeNull();
    expect(isoToCityLocalInput(null)).toBe('');
  });
});
