import { Route } from '@angular/router';
import { PAGES, PageName } from '@consulta/web/core';
import { NotFoundPage } from './not-found-page';
import { forPages } from './page-matcher';

/** The pages each lazy feature serves (every page of PAGES but notFound, exactly once: app.routes.spec.ts checks). */
export const FEATURE_PAGES = {
  consultation: ['home', 'consultation'],
  identity: ['register', 'login', 'verifyEmail', 'forgotPassword', 'resetPassword', 'account', 'devOutbox'],
  participation: ['myParticipation'],
  admin: ['admin', 'adminCreate', 'adminEdit'],
  moderation: ['moderation'],
  themes: ['themes', 'themeOverview'],
  reports: ['report', 'reportVersion', 'reportEditor'],
} as const satisfies Record<string, readonly Exclude<PageName, 'notFound'>[]>;

/**
 * Each feature mounts its own lazy routes at the root; paths and titles come from PAGES. A feature is loaded only for
 * the URLs of its own pages (canMatch runs before loadChildren); anything else falls through to the 404 page.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    canMatch: [forPages(...FEATURE_PAGES.consultation)],
    loadChildren: () => import('@consulta/web/consultation/feature').then((m) => m.consultationRoutes),
  },
  {
    path: '',
    canMatch: [forPages(...FEATURE_PAGES.identity)],
    loadChildren: () => import('@consulta/web/identity/feature').then((m) => m.identityRoutes),
  },
  {
    path: '',
    canMatch: [forPages(...FEATURE_PAGES.participation)],
    loadChildren: () => import('@consulta/web/participation/feature').then((m) => m.participationRoutes),
  },
  {
    path: '',
    canMatch: [forPages(...FEATURE_PAGES.admin)],
    loadChildren: () => import('@consulta/web/admin/feature').then((m) => m.adminRoutes),
  },
  {
    path: '',
    canMatch: [forPages(...FEATURE_PAGES.moderation)],
    loadChildren: () => import('@consulta/web/moderation/feature').then((m) => m.moderationRoutes),
  },
  {
    path: '',
    canMatch: [forPages(...FEATURE_PAGES.themes)],
    loadChildren: () => import('@consulta/web/themes/feature').then((m) => m.themesRoutes),
  },
  {
    path: '',
    canMatch: [forPages(...FEATURE_PAGES.reports)],
    loadChildren: () => import('@consulta/web/reports/feature').then((m) => m.reportsRoutes),
  },
  { path: PAGES.notFound.path, title: PAGES.notFound.title, component: NotFoundPage },
];
