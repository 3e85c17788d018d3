import { ACCESS_POLICY, AccessPolicy } from '@consulta/api/core';
import { Role } from '@consulta/shared/contracts';
import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { SessionUser } from '../sessions/session-user';

export const REQUIRE_VERIFIED_EMAIL = 'consulta:require-verified-email';

// The policy type and @Public() live in core (core's health endpoint is public); re-exported here with the rest.
export { ACCESS_POLICY, Public } from '@consulta/api/core';
export type { AccessPolicy } from '@consulta/api/core';

/** Any signed-in user. */
export const Authenticated = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy), ApiCookieAuth());

/** Signed-in users with one of these roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy), ApiCookieAuth());

/** Additionally requires a verified e-mail address (EMAIL_NOT_VERIFIED otherwise). Combine with @Authenticated() or @Roles(). */
export const RequireVerifiedEmail = (): MethodDecorator & ClassDecorator => SetMetadata(REQUIRE_VERIFIED_EMAIL, true);

/** Where AccessGuard leaves the signed-in user for the rest of the request. */
export interface IdentityRequest extends Request {
  sessionUser?: SessionUser | null;
}

/**
 * The signed-in user of this request: SessionUser on @Authenticated()/@Roles() routes,
 * SessionUser | null on @Public() ones.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SessionUser | null => {
  return context.switchToHttp().getRequest<IdentityRequest>().sessionUser ?? null;
});
