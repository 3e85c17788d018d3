import { Routes } from '@angular/router';
import { PAGES } from '@consulta/web/core';

export const consultationRoutes: Routes = [
  {
    path: PAGES.home.path,
    pathMatch: 'full',
    title: PAGES.home.title,
    loadComponent: () => import('./home-page').then((m) => m.HomePage),
  },
  {
    path: PAGES.consultation.path,
    title: PAGES.consultation.title,
    loadComponent: () => import('./consultation-page').then((m) => m.ConsultationPage),
  },
];
