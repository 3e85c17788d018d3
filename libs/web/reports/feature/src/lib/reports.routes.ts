import { Routes } from '@angular/router';
import { PAGES, staffGuard } from '@consulta/web/core';

export const reportsRoutes: Routes = [
  {
    path: PAGES.reportEditor.path,
    title: PAGES.reportEditor.title,
    canMatch: [staffGuard],
    loadComponent: () => import('./report-editor-page').then((m) => m.ReportEditorPage),
  },
  {
    path: PAGES.report.path,
    title: PAGES.report.title,
    loadComponent: () => import('./report-page').then((m) => m.ReportPage),
  },
  {
    path: PAGES.reportVersion.path,
    title: PAGES.reportVersion.title,
    loadComponent: () => import('./report-page').then((m) => m.ReportPage),
  },
];
