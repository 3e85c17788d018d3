import { RateLimitRule } from '@consulta/api/core';

/** Rate limits on submissions, per account and per client IP (counters in PostgreSQL, shared by every API process). */
export const PARTICIPATION_LIMITS = {
  commentsPerAccount: { limit: 10, windowSeconds: 10 * 60 },
  commentsPerIp: { limit: 30, windowSeconds: 10 * 60 },
  repliesPerAccount: { limit: 30, windowSeconds: 10 * 60 },
  repliesPerIp: { limit: 60, windowSeconds: 10 * 60 },
  /** Password checks of account deletion. */
  accountDeletionPerAccount: { limit: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;
