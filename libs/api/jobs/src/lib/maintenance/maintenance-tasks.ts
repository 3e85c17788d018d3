import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobContext, JobHandler, JobProcessor } from '../job-handler';
import { JobRepository } from '../job.repository';

/*
 * Housekeeping on other modules' tables, as raw SQL here so that this library does not reach into their
 * code (the cleanest home for each would be the module that owns the table; see README). Each deletes
 * in batches through an index, so a large backlog never holds long locks, and stops between batches
 * when the job is cancelled or the process shuts down.
 */

const BATCH = 1000;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Idempotency keys answer retries of a submission; a day later nobody retries any more. */
export const IDEMPOTENCY_KEY_MAX_AGE_HOURS = 24;
/** Used or expired e-mail links keep answering TOKEN_USED / TOKEN_EXPIRED this long, then TOKEN_INVALID. */
export const USER_TOKEN_KEEP_DAYS = 30;
/** Finished jobs (and their results) stay visible this long. */
export const FINISHED_JOB_KEEP_DAYS = 30;

type DeletedSummary = { deleted: number };

async function deleteInBatches(context: JobContext, what: string, deleteBatch: () => Promise<number>): Promise<DeletedSummary> {
  let deleted = 0;
  for (;;) {
    context.signal.throwIfAborted();
    const count = await deleteBatch();
    deleted += count;
    context.reportProgress(count < BATCH ? 1 : 0, `Deleted ${deleted} ${what}`);
    if (count < BATCH) return { deleted };
  }
}

async function deleted(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<number> {
  const [rows] = await dataSource.query<[unknown[], number]>(sql, parameters);
  return rows.length;
}

/** idempotency_keys (libs/api/participation) older than 24 hours; index IDX_idempotency_keys_created. */
@JobHandler('maintenance.idempotency-keys')
@Injectable()
export class DeleteOldIdempotencyKeys implements JobProcessor<Record<string, never>, DeletedSummary> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  process(context: JobContext<Record<string, never>>): Promise<DeletedSummary> {
    return deleteInBatches(context, 'idempotency keys', () =>
      deleted(
        this.dataSource,
        `DELETE FROM "idempotency_keys" WHERE ("user_id", "key") IN (
           SELECT "user_id", "key" FROM "idempotency_keys" WHERE "created_at" < now() - $1::int * interval '1 hour' LIMIT $2
         ) RETURNING 1`,
        [IDEMPOTENCY_KEY_MAX_AGE_HOURS, BATCH],
      ),
    );
  }
}

/** Expired sessions (libs/api/identity); index sessions_expires_at_idx. Sessions also go when their cookie comes back expired. */
@JobHandler('maintenance.sessions')
@Injectable()
export class DeleteExpiredSessions implements JobProcessor<Record<string, never>, DeletedSummary> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  process(context: JobContext<Record<string, never>>): Promise<DeletedSummary> {
    return deleteInBatches(context, 'sessions', () =>
      deleted(
        this.dataSource,
        `DELETE FROM "sessions" WHERE "id" IN (SELECT "id" FROM "sessions" WHERE "expires_at" < now() LIMIT $1) RETURNING 1`,
        [BATCH],
      ),
    );
  }
}

/**
 * E-mail verification and password reset tokens (libs/api/identity user_tokens) expired more than 30 days
 * ago. The table has no index on expires_at: a daily sequential scan of a small table.
 */
@JobHandler('maintenance.user-tokens')
@Injectable()
export class DeleteExpiredUserTokens implements JobProcessor<Record<string, never>, DeletedSummary> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  process(context: JobContext<Record<string, never>>): Promise<DeletedSummary> {
    return deleteInBatches(context, 'e-mail tokens', () =>
      deleted(
        this.dataSource,
        `DELETE FROM "user_tokens" WHERE "id" IN (
           SELECT "id" FROM "user_tokens" WHERE "expires_at" < now() - $1::int * interval '1 day' LIMIT $2
         ) RETURNING 1`,
        [USER_TOKEN_KEEP_DAYS, BATCH],
      ),
    );
  }
}

/** Jobs finished more than 30 days ago; index IDX_jobs_finished. */
@JobHandler('maintenance.jobs')
@Injectable()
export class DeleteOldJobs implements JobProcessor<Record<string, never>, DeletedSummary> {
  constructor(private readonly jobs: JobRepository) {}

  process(context: JobContext<Record<string, never>>): Promise<DeletedSummary> {
    return deleteInBatches(context, 'finished jobs', () => this.jobs.deleteFinishedBefore(FINISHED_JOB_KEEP_DAYS, BATCH));
  }
}

/** Each task runs once per interval, at aligned times (every hour on the hour, every day at 00:00 UTC). */
export const MAINTENANCE_TASKS: readonly { kind: string; intervalMs: number }[] = [
  { kind: 'maintenance.idempotency-keys', intervalMs: HOUR },
  { kind: 'maintenance.sessions', intervalMs: HOUR },
  { kind: 'maintenance.user-tokens', intervalMs: DAY },
  { kind: 'maintenance.jobs', intervalMs: DAY },
];

export const MAINTENANCE_HANDLERS = [DeleteOldIdempotencyKeys, DeleteExpiredSessions, DeleteExpiredUserTokens, DeleteOldJobs];
