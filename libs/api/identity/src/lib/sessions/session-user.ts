import { Locale, Role, UserDto } from '@consulta/shared/contracts';
import { UserEntity } from '../users/user.entity';

/** The signed-in person as services see them (the actor of a request). */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  emailVerified: boolean;
  /** The session this request came with. */
  sessionId: string;
}

/** Where a request came from, for new sessions and rate limits. */
export interface ClientContext {
  ip: string | null;
  userAgent: string | null;
  /** The session cookie the request carried, if any. */
  sessionToken: string | null;
}

/** A freshly created session: the cookie value (shown once) and its expiry. */
export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    locale: user.locale,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toSessionUser(user: UserEntity, sessionId: string): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    sessionId,
  };
}
