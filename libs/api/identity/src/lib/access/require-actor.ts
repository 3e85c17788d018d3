import { DomainException } from '@consulta/api/core';
import { ErrorCode, Role } from '@consulta/shared/contracts';
import { SessionUser } from '../sessions/session-user';

/** First line of a service method that acts for a signed-in user (defence in depth behind AccessGuard). */
export function requireSignedIn(actor: SessionUser | null | undefined): asserts actor is SessionUser {
  if (!actor) throw new DomainException(ErrorCode.Unauthenticated, 'Please sign in to continue.');
}

export function requireRole(actor: SessionUser | null | undefined, ...roles: Role[]): asserts actor is SessionUser {
  requireSignedIn(actor);
  if (!roles.includes(actor.role)) throw new DomainException(ErrorCode.Forbidden, 'You do not have permission to do this.');
}
