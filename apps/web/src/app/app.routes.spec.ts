import { UrlSegment } from '@angular/router';
import { PAGES, PageName } from '@consulta/web/core';
import { FEATURE_PAGES } from './app.routes';
import { matchesPage } from './page-matcher';

const segments = (url: string): UrlSegment[] =>
  url
    .split('/')
    .filter((part) => part !== '')
    .map((part) => new UrlSegment(part, {}));

describe('app routes', () => {
  it('lets exactly one lazy feature serve each page', () => {
    const served = Object.values(FEATURE_PAGES).flat() as string[];
    const pages = (Object.keys(PAGES) as PageName[]).filter((page) => page !== 'notFound');
    expect([...served].sort()).toEqual([...pages].sort());
  });

  it('matches a URL to its page by shape, parameters standing for one segment', () => {
    expect(matchesPage('home', segments('/'))).toBe(true);
    expect(matchesPage('consultation', segments('/k/misja-krakowa'))).toBe(true);
    expect(matchesPage('consultation', segments('/k/misja-krakowa/report'))).toBe(false);
    expect(matchesPage('report', segments('/k/misja-krakowa/report'))).toBe(true);
    expect(matchesPage('reportVersion', segments('/k/misja-krakowa/report/v/2'))).toBe(true);
    expect(matchesPage('reportEditor', segments('/staff/k/misja-krakowa/report'))).toBe(true);
    expect(matchesPage('adminEdit', segments('/admin/consultations/new'))).toBe(true);
    expect(matchesPage('login', segments('/logowanie'))).toBe(false);
  });
});
