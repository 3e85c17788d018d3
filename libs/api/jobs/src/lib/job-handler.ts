import { DiscoveryService } from '@nestjs/core';

/** What a handler gets for one attempt of one job. */
export interface JobContext<TPayload = Record<string, unknown>> {
  readonly jobId: string;
  readonly kind: string;
  readonly payload: TPayload;
  /** 1 on the first attempt; a retry or a reclaim after a crash counts again. */
  readonly attempt: number;
  readonly createdBy: string | null;
  /**
   * Aborted when the job is cancelled, when this process lost the job (its lease ran out) or when the
   * process shuts down. Check it between steps (`signal.throwIfAborted()`) and pass it to anything that accepts one.
   */
  readonly signal: AbortSignal;
  /**
   * Records how far the job is (0..1) and what it is doing (plain text, cut to 300 characters).
   * Never waits for the database: writes are throttled and done in the background, so it is safe to
   * call often and inside a transaction.
   */
  reportProgress(fraction: number, message?: string | null): void;
}

/**
 * The work behind one job kind. Runs at least once per job, possibly more (a retry, or a crash after the
 * work but before the job was marked done): make it idempotent. The returned object (small JSON, shown
 * to the job's creator and staff) becomes the job's result.
 *
 * Throw a DomainException for an expected failure that a retry cannot fix: the job fails at once with
 * that code and message. Any other error is retried with backoff up to maxAttempts and then reported as
 * JOB_FAILED (the details only go to the log).
 */
export interface JobProcessor<
  TPayload = Record<string, unknown>,
  TResult extends Record<string, unknown> | void = Record<string, unknown>,
> {
  process(context: JobContext<TPayload>): Promise<TResult>;
}

/**
 * Marks a provider as the handler of one job kind: `@JobHandler('themes.suggest') @Injectable() class … implements JobProcessor`.
 * Any module of the app may declare one; JobsModule finds them at start-up. One handler per kind.
 */
export const JobHandler = DiscoveryService.createDecorator<string>();
