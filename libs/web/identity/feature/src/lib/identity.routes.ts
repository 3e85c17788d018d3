import { Routes } from '@angular/router';
import { PAGES, signedInGuard } from '@consulta/web/core';

export const identityRoutes: Routes = [
  {
    path: PAGES.register.path,
    title: PAGES.register.title,
    loadComponent: () => import('./register-page').then((m) => m.RegisterPage),
  },
  {
    path: PAGES.login.path,
    title: PAGES.login.title,
    loadComponent: () => import('./login-page').then((m) => m.LoginPage),
  },
  {
    path: PAGES.verifyEmail.path,
    title: PAGES.verifyEmail.title,
    loadComponent: () => import('./verify-email-page').then((m) => m.VerifyEmailPage),
  },
  {
    path: PAGES.forgotPassword.path,
    title: PAGES.forgotPassword.title,
    loadComponent: () => import('./forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: PAGES.resetPassword.path,
    title: PAGES.resetPassword.title,
    loadComponent: () => import('./reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: PAGES.account.path,
    title: PAGES.account.title,
    canMatch: [signedInGuard],
    loadComponent: () => import('./account-page').then((m) => m.AccountPage),
  },
  {
    path: PAGES.devOutbox.path,
    title: PAGES.devOutbox.title,
    loadComponent: () => import('./dev-outbox-page').then((m) => m.DevOutboxPage),
  },
];
