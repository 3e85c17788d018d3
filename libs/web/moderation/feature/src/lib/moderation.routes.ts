import { Routes } from '@angular/router';
import { PAGES, staffGuard } from '@consulta/web/core';

export const moderationRoutes: Routes = [
  {
    path: PAGES.moderation.path,
    title: PAGES.moderation.title,
    canMatch: [staffGuard],
    loadComponent: () => import('./moderation-queue-page').then((m) => m.ModerationQueuePage),
  },
];
