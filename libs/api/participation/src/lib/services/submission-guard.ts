import { DomainException, RateLimitRule, RateLimitService } from '@consulta/api/core';
import { ErrorCode, IDEMPOTENCY_KEY_MAX_LENGTH } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';

const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]+$/;

/** Checks shared by every submission: honeypot, Idempotency-Key shape and hash, rate limits. */
@Injectable()
export class SubmissionGuard {
  constructor(private readonly rateLimits: RateLimitService) {}

  /** A filled-in hidden field means a bot: refuse and store nothing. */
  rejectBots(website: string | undefined): void {
    if (website !== undefined && website !== '') {
      throw new DomainException(ErrorCode.SuspectedBot, 'This submission looks automated and was not accepted.');
    }
  }

  /** The header value, checked: 1–100 visible ASCII characters; undefined when not sent. */
  idempotencyKey(header: string | undefined): string | undefined {
    if (header === undefined) return undefined;
    if (header.length < 1 || header.length > IDEMPOTENCY_KEY_MAX_LENGTH || !IDEMPOTENCY_KEY_PATTERN.test(header)) {
      throw new DomainException(
        ErrorCode.IdempotencyKeyInvalid,
        `The Idempotency-Key header must be 1–${IDEMPOTENCY_KEY_MAX_LENGTH} visible ASCII characters.`,
      );
    }
    return header;
  }

  /** What a retry must repeat exactly: the route and the body (keys sorted, honeypot left out). */
  requestHash(scope: string, body: object): string {
    const entries = Object.entries(body)
      .filter(([key, value]) => key !== 'website' && value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return createHash('sha256')
      .update(JSON.stringify([scope, entries]))
      .digest('hex');
  }

  async consume(limits: { key: string; rule: RateLimitRule }[]): Promise<void> {
    for (const { key, rule } of limits) {
      await this.rateLimits.consume(key, rule, ErrorCode.RateLimited, 'You are posting very quickly. Please wait a moment and try again.');
    }
  }
}

export function idempotencyConflict(): DomainException {
  return new DomainException(
    ErrorCode.IdempotencyKeyConflict,
    'This Idempotency-Key was already used for a different submission; send a new key for a new submission.',
  );
}
