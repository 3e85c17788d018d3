import { TestBed } from '@angular/core/testing';
import { ErrorCode } from '@consulta/shared/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { en } from './en';
import { I18nService, LANGUAGE_STORAGE_KEY } from './i18n.service';
import { pl } from './pl';

function createService(): I18nService {
  TestBed.resetTestingModule();
  return TestBed.inject(I18nService);
}

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    document.documentElement.lang = '';
  });

  it('defaults to Polish and sets <html lang>', () => {
    const i18n = createService();

    expect(i18n.language()).toBe('pl');
    expect(document.documentElement.lang).toBe('pl');
    expect(i18n.t('nav.signIn')).toBe('Zaloguj się');
  });

  it('switches language at runtime, sets <html lang> and persists the choice in storage and a cookie', () => {
    const i18n = createService();

    i18n.setLanguage('en');

    expect(i18n.t('nav.signIn')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.cookie).toContain('lang=en');
  });

  it('restores the saved language on the next visit', () => {
    createService().setLanguage('en');

    const next = createService();

    expect(next.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('falls back to the lang cookie when storage is empty', () => {
    document.cookie = 'lang=en; path=/';

    expect(createService().language()).toBe('en');
  });

  it('ignores an unknown saved value', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');

    expect(createService().language()).toBe('pl');
  });

  it('uses Polish plural forms: 1 komentarz, 2–4 komentarze, 5+ komentarzy', () => {
    const i18n = createService();
    const comments = (count: number): string => i18n.t('participation.commentCount', { count });

    expect(comments(1)).toBe('1 komentarz');
    expect(comments(2)).toBe('2 komentarze');
    expect(comments(4)).toBe('4 komentarze');
    expect(comments(5)).toBe('5 komentarzy');
    expect(comments(12)).toBe('12 komentarzy');
    expect(comments(22)).toBe('22 komentarze');
    expect(comments(25)).toBe('25 komentarzy');
    expect(comments(0)).toBe('0 komentarzy');
  });

  it('uses English plural forms after switching', () => {
    const i18n = createService();
    i18n.setLanguage('en');

    expect(i18n.t('participation.commentCount', { count: 1 })).toBe('1 comment');
    expect(i18n.t('participation.commentCount', { count: 3 })).toBe('3 comments');
  });

  it('interpolates named parameters and leaves unknown placeholders alone', () => {
    const i18n = createService();

    expect(i18n.t('consultation.opens', { date: '1 maja 2026' })).toBe('Otwarcie: 1 maja 2026');
    expect(i18n.t('consultation.opens')).toBe('Otwarcie: {date}');
  });

  it.each(Object.values(ErrorCode))('has Polish and English text for %s', (code) => {
    const i18n = createService();
    const polish = i18n.errorMessage(code);
    i18n.setLanguage('en');
    const english = i18n.errorMessage(code);

    expect(polish.trim()).not.toBe('');
    expect(english.trim()).not.toBe('');
    expect(english).not.toBe(polish);
  });

  it('describes failed requests by code, by network failure, or generically', () => {
    const i18n = createService();
    const apiError = new HttpErrorResponse({
      status: 401,
      error: { statusCode: 401, code: ErrorCode.InvalidCredentials, message: 'Invalid credentials' },
    });

    expect(i18n.describeError(apiError)).toBe('Nieprawidłowy adres e-mail lub hasło.');
    expect(i18n.describeError(new HttpErrorResponse({ status: 0 }))).toBe(pl['error.network']);
    expect(i18n.describeError(new HttpErrorResponse({ status: 502, error: '<html>' }))).toBe(pl['error.unexpected']);
  });

  it('formats Markdown error details with line numbers', () => {
    const i18n = createService();
    const error = new HttpErrorResponse({
      status: 422,
      error: { statusCode: 422, code: ErrorCode.MarkdownInvalid, message: 'x', details: [{ line: 3, message: 'Empty heading' }] },
    });

    expect(i18n.describeErrorDetails(error)).toEqual(['Wiersz 3: Empty heading']);
  });

  it('has no empty texts and the same keys in both dictionaries', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
    for (const message of [...Object.values(pl), ...Object.values(en)]) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      texts.forEach((text) => expect(text.trim()).not.toBe(''));
    }
  });

  it('formats dates in the active language in Kraków time', () => {
    const i18n = createService();
    const iso = '2026-05-31T22:30:00Z'; // 1 June 00:30 in Warsaw (CEST)

    expect(i18n.formatDate(iso, 'date')).toBe('1 czerwca 2026');
    i18n.setLanguage('en');
    expect(i18n.formatDate(iso, 'date')).toBe('1 June 2026');
  });
});
