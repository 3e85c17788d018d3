import { TestBed } from '@angular/core/testing';
import { I18nService } from '@consulta/web/core';

describe('comment counts', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
  });

  it('uses the Polish plural forms', () => {
    const i18n = TestBed.inject(I18nService);
    const count = (n: number) => i18n.t('participation.commentCount', { count: n });

    expect([0, 1, 2, 3, 5, 12, 22, 25, 101].map(count)).toEqual([
      '0 komentarzy',
      '1 komentarz',
      '2 komentarze',
      '3 komentarze',
      '5 komentarzy',
      '12 komentarzy',
      '22 komentarze',
      '25 komentarzy',
      '101 komentarzy',
    ]);
    expect(i18n.t('participation.agreeCount', { count: 3 })).toBe('3 osoby się zgadzają');
  });

  it('uses the English plural forms', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');

    expect(i18n.t('participation.commentCount', { count: 1 })).toBe('1 comment');
    expect(i18n.t('participation.commentCount', { count: 5 })).toBe('5 comments');
  });
});
