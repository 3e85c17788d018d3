import { RateLimitRule } from '@consulta/api/core';

/** Every rate limit of the identity domain, in one place. */
export const IDENTITY_LIMITS = {
  /** Failed log-ins per account (e-mail), counted whether or not the account exists. */
  loginFailuresPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  /** Log-in attempts per client IP. */
  loginAttemptsPerIp: { limit: 20, windowSeconds: 15 * 60 },
  registrationsPerIp: { limit: 10, windowSeconds: 60 * 60 },
  passwordResetRequestsPerIp: { limit: 10, windowSeconds: 15 * 60 },
  /** Beyond this the request still answers 202 but no more mail goes to that address. */
  passwordResetMailsPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  verificationResendsPerIp: { limit: 10, windowSeconds: 15 * 60 },
  verificationResendsPerUser: { limit: 3, windowSeconds: 15 * 60 },
  /** Wrong current passwords when changing the password, per user. */
  passwordChangeFailuresPerUser: { limit: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;
