import { Routes } from '@angular/router';
import { PAGES, staffGuard } from '@consulta/web/core';

export const adminRoutes: Routes = [
  {
    path: PAGES.admin.path,
    title: PAGES.admin.title,
    canMatch: [staffGuard],
    loadComponent: () => import('./admin-consultations-page').then((m) => m.AdminConsultationsPage),
  },
  {
    path: PAGES.adminCreate.path,
    title: PAGES.adminCreate.title,
    canMatch: [staffGuard],
    loadComponent: () => import('./consultation-editor-page').then((m) => m.ConsultationEditorPage),
  },
  {
    path: PAGES.adminEdit.path,
    title: PAGES.adminEdit.title,
    canMatch: [staffGuard],
    loadComponent: () => import('./consultation-editor-page').then((m) => m.ConsultationEditorPage),
  },
];
