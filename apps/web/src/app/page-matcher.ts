import { CanMatchFn, UrlSegment } from '@angular/router';
import { PAGES, PageName } from '@consulta/web/core';

/** True when the URL's segments have the shape of the page's path (':param' stands for any one segment). */
export function matchesPage(page: Exclude<PageName, 'notFound'>, segments: readonly UrlSegment[]): boolean {
  const pattern = PAGES[page].path === '' ? [] : PAGES[page].path.split('/');
  return pattern.length === segments.length && pattern.every((part, index) => part.startsWith(':') || part === segments[index]?.path);
}

/**
 * Lets the router try a lazy feature only for URLs of its own pages. Without it the router loads every feature before
 * the matching one in order (a waterfall of chunks: the report page waited for six other features, ~0.7 s on localhost).
 */
export function forPages(...pages: Exclude<PageName, 'notFound'>[]): CanMatchFn {
  return (_route, segments) => pages.some((page) => matchesPage(page, segments));
}
