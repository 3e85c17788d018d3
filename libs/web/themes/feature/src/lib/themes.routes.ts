import { Routes } from '@angular/router';
import { PAGES, staffGuard } from '@consulta/web/core';

export const themesRoutes: Routes = [
  {
    path: PAGES.themeOverview.path,
    title: PAGES.themeOverview.title,
    canMatch: [staffGuard],
    loadComponent: () => import('./theme-overview-page').then((m) => m.ThemeOverviewPage),
  },
  {
    path: PAGES.themes.path,
    title: PAGES.themes.title,
    canMatch: [staffGuard],
    loadComponent: () => import('./themes-page').then((m) => m.ThemesPage),
  },
];
