export enum Role {
  Resident = 'resident',
  Moderator = 'moderator',
  Admin = 'admin',
}

/** Roles that count as city staff. */
export const STAFF_ROLES: readonly Role[] = [Role.Moderator, Role.Admin];

export type Locale = 'pl' | 'en';
export const LOCALES: readonly Locale[] = ['pl', 'en'];
export const DEFAULT_LOCALE: Locale = 'pl';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 80;

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  emailVerified: boolean;
  locale: Locale;
  createdAt: string;
}

/** GET /api/auth/session: the signed-in user, or null. */
export interface SessionDto {
  user: UserDto | null;
}

export interface RegisterRequest {
  email: string;
  displayName: string;
  password: string;
  locale?: Locale;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface VerifyEmailRequest {
  token: string;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UpdateProfileRequest {
  displayName?: string;
  locale?: Locale;
}

/** A message kept in the development outbox (only when SMTP_URL is not set). */
export interface OutboxMessageDto {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** Links found in the text, for the dev page to make clickable. */
  links: string[];
  createdAt: string;
}

/** Names of the cookie and header used for CSRF double-submit protection. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const SESSION_COOKIE = 'consulta_session';
