import { TranslationKey } from '../i18n/dictionary';

export interface PageDefinition {
  /** Router path, relative to the root (features mount their routes at ''). */
  readonly path: string;
  /** Dictionary key of the page title; the title strategy translates it. */
  readonly title: TranslationKey;
}

/** Every page's path and title, in one place. Links are built with `pageLink`. */
export const PAGES = {
  home: { path: '', title: 'title.home' },
  consultation: { path: 'k/:slug', title: 'title.consultation' },
  register: { path: 'register', title: 'title.register' },
  login: { path: 'login', title: 'title.login' },
  verifyEmail: { path: 'verify-email', title: 'title.verifyEmail' },
  forgotPassword: { path: 'forgot-password', title: 'title.forgotPassword' },
  resetPassword: { path: 'reset-password', title: 'title.resetPassword' },
  account: { path: 'account', title: 'title.account' },
  myParticipation: { path: 'my-participation', title: 'title.myParticipation' },
  devOutbox: { path: 'dev/outbox', title: 'title.devOutbox' },
  admin: { path: 'admin', title: 'title.admin' },
  adminCreate: { path: 'admin/consultations/new', title: 'title.adminCreate' },
  adminEdit: { path: 'admin/consultations/:slug', title: 'title.adminEdit' },
  moderation: { path: 'moderation', title: 'title.moderation' },
  themes: { path: 'staff/k/:slug/themes', title: 'title.themes' },
  themeOverview: { path: 'staff/k/:slug/themes/overview', title: 'title.themeOverview' },
  reportEditor: { path: 'staff/k/:slug/report', title: 'title.reportEditor' },
  report: { path: 'k/:slug/report', title: 'title.report' },
  reportVersion: { path: 'k/:slug/report/v/:version', title: 'title.report' },
  notFound: { path: '**', title: 'title.notFound' },
} as const satisfies Record<string, PageDefinition>;

export type PageName = keyof typeof PAGES;

/** An absolute link to a page, filling `:param` segments in order: pageLink('consultation', slug). */
export function pageLink(page: Exclude<PageName, 'notFound'>, ...params: string[]): string {
  let index = 0;
  const path = PAGES[page].path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? encodeURIComponent(params[index++] ?? '') : segment))
    .join('/');
  return `/${path}`;
}
