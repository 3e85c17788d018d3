import { inject } from '@angular/core';
import { CanMatchFn, Router, UrlSegment, UrlTree } from '@angular/router';
import { pageLink } from '../routing/pages';
import { SessionStore } from './session-store';

function loginRedirect(router: Router, segments: UrlSegment[]): UrlTree {
  const returnUrl = `/${segments.map((segment) => segment.path).join('/')}`;
  return router.createUrlTree([pageLink('login')], { queryParams: { returnUrl } });
}

/** Signed-out visitors go to /login?returnUrl=…; the API still checks every request. */
export const signedInGuard: CanMatchFn = async (_route, segments) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  return session.isSignedIn() ? true : loginRedirect(router, segments);
};

/** City staff only. Signed-in residents fall through to the 404 page, as the API hides admin resources. */
export const staffGuard: CanMatchFn = async (_route, segments) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (!session.isSignedIn()) {
    return loginRedirect(router, segments);
  }
  return session.isStaff();
};

/** Only relative in-app paths are followed after sign-in (no open redirects). */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}
