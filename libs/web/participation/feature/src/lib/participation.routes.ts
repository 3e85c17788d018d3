import { Routes } from '@angular/router';
import { PAGES, signedInGuard } from '@consulta/web/core';

export const participationRoutes: Routes = [
  {
    path: PAGES.myParticipation.path,
    title: PAGES.myParticipation.title,
    canMatch: [signedInGuard],
    loadComponent: () => import('./my-participation-page').then((m) => m.MyParticipationPage),
  },
];
