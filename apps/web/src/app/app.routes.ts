import { Route } from '@angular/router';
import { PAGES } from '@consulta/web/core';
import { NotFoundPage } from './not-found-page';

/**
 * Each feature mounts its own lazy routes at the root; paths and titles come from PAGES.
 * The router tries the features in order and falls through to the 404 page.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    loadChildren: () => import('@consulta/web/consultation/feature').then((m) => m.consultationRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@consulta/web/identity/feature').then((m) => m.identityRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@consulta/web/participation/feature').then((m) => m.participationRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@consulta/web/admin/feature').then((m) => m.adminRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@consulta/web/moderation/feature').then((m) => m.moderationRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@consulta/web/themes/feature').then((m) => m.themesRoutes),
  },
  {
    // 'k/:slug' (consultation) has no children, so it does not match 'k/:slug/report': the router falls through to here.
    path: '',
    loadChildren: () => import('@consulta/web/reports/feature').then((m) => m.reportsRoutes),
  },
  { path: PAGES.notFound.path, title: PAGES.notFound.title, component: NotFoundPage },
];
