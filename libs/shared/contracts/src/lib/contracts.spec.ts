import { ErrorCode } from './errors';
import { SLUG_MAX_LENGTH, SLUG_MIN_LENGTH, SLUG_PATTERN } from './consultation';
import { CSRF_COOKIE, CSRF_HEADER, DEFAULT_LOCALE, LOCALES } from './identity';

describe('shared contracts', () => {
  it('gives every error a distinct, stable UPPER_SNAKE code', () => {
    const codes = Object.values(ErrorCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it.each(['misja-krakowa', 'budzet-2026', 'abc'])('accepts the slug %s', (slug) => {
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it.each(['Misja', 'misja--krakowa', '-misja', 'misja-', 'misja_krakowa', 'misja krakowa', 'kraków'])('rejects the slug %s', (slug) => {
    expect(SLUG_PATTERN.test(slug)).toBe(false);
  });

  it('keeps slug bounds and locale defaults coherent', () => {
    expect(SLUG_MIN_LENGTH).toBeLessThan(SLUG_MAX_LENGTH);
    expect(LOCALES).toContain(DEFAULT_LOCALE);
    expect(DEFAULT_LOCALE).toBe('pl');
    expect(CSRF_HEADER.toLowerCase()).toBe(`x-${CSRF_COOKIE.toLowerCase()}`);
  });
});
