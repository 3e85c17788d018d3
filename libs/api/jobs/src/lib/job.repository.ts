import { ErrorCode, JobState } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JobEntity } from './job.entity';

/** A job row as the queue and the worker see it. */
export type JobRecord = Omit<JobEntity, 'creator'>;

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  maxAttempts: number;
  runAfter: Date | null;
  dedupeKey: string | null;
  createdBy: string | null;
}

export interface SafeJobError {
  code: ErrorCode;
  message: string;
}

const COLUMNS = `"id", "kind", "payload", "state", "progress", "progress_message" AS "progressMessage", "result",
  "error_code" AS "errorCode", "error_message" AS "errorMessage", "attempts", "max_attempts" AS "maxAttempts",
  "run_after" AS "runAfter", "locked_by" AS "lockedBy", "locked_until" AS "lockedUntil", "dedupe_key" AS "dedupeKey",
  "created_by" AS "createdBy", "created_at" AS "createdAt", "started_at" AS "startedAt", "finished_at" AS "finishedAt"`;

const ACTIVE = `"state" IN ('queued', 'running')`;

/** A write the worker makes only while it still holds the job: same worker, still running. */
const HELD = `"id" = $1 AND "locked_by" = $2 AND "state" = 'running'`;

const INTERRUPTED: SafeJobError = {
  code: ErrorCode.JobFailed,
  message: 'The task was interrupted (the server running it stopped) too many times.',
};

type Rows<T> = [T[], number];

/**
 * Every query on `jobs`. The worker's writes are conditional on still holding the job (HELD), so a
 * worker that lost its lease or whose job was cancelled cannot overwrite what happened since.
 */
@Injectable()
export class JobRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the job; with a dedupe key already queued or running, inserts nothing and returns null. */
  async insert(job: NewJob, manager: EntityManager = this.dataSource.manager): Promise<JobRecord | null> {
    const rows = await manager.query<JobRecord[]>(
      `INSERT INTO "jobs" ("kind", "payload", "max_attempts", "run_after", "dedupe_key", "created_by")
       VALUES ($1, $2, $3, COALESCE($4::timestamptz, now()), $5, $6)
       ON CONFLICT ("dedupe_key") WHERE "dedupe_key" IS NOT NULL AND ${ACTIVE} DO NOTHING
       RETURNING ${COLUMNS}`,
      [job.kind, JSON.stringify(job.payload), job.maxAttempts, job.runAfter, job.dedupeKey, job.createdBy],
    );
    return rows[0] ?? null;
  }

  async findActiveByDedupeKey(dedupeKey: string, manager: EntityManager = this.dataSource.manager): Promise<JobRecord | null> {
    const rows = await manager.query<JobRecord[]>(
      `SELECT ${COLUMNS} FROM "jobs" WHERE "dedupe_key" = $1 AND "dedupe_key" IS NOT NULL AND ${ACTIVE}`,
      [dedupeKey],
    );
    return rows[0] ?? null;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<JobRecord | null> {
    const rows = await manager.query<JobRecord[]>(`SELECT ${COLUMNS} FROM "jobs" WHERE "id" = $1`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Takes the oldest due queued job of one of `kinds` for this worker, or null. One statement: the
   * inner SELECT … FOR UPDATE SKIP LOCKED lets concurrent workers pass over each other's rows instead
   * of waiting or taking the same one.
   */
  async claim(workerId: string, kinds: string[], leaseMs: number): Promise<JobRecord | null> {
    if (kinds.length === 0) return null;
    const [rows] = await this.dataSource.query<Rows<JobRecord>>(
      `UPDATE "jobs" SET "state" = 'running', "attempts" = "attempts" + 1, "locked_by" = $1,
              "locked_until" = now() + $3::double precision * interval '1 millisecond',
              "started_at" = now(), "progress" = 0, "progress_message" = NULL
       WHERE "id" = (
         SELECT "id" FROM "jobs"
         WHERE "state" = 'queued' AND "run_after" <= now() AND "kind" = ANY($2::varchar[])
         ORDER BY "run_after", "id"
         LIMIT 1
         FOR UPDATE SKIP LOCKED
       ) AND "state" = 'queued'
       RETURNING ${COLUMNS}`,
      [workerId, kinds, leaseMs],
    );
    return rows[0] ?? null;
  }

  /** Renews the lease; false when the job is no longer this worker's (cancelled, or reclaimed after the lease ran out). */
  async heartbeat(id: string, workerId: string, leaseMs: number): Promise<boolean> {
    const [rows] = await this.dataSource.query<Rows<unknown>>(
      `UPDATE "jobs" SET "locked_until" = now() + $3::double precision * interval '1 millisecond' WHERE ${HELD} RETURNING 1`,
      [id, workerId, leaseMs],
    );
    return rows.length > 0;
  }

  async writeProgress(id: string, workerId: string, progress: number, message: string | null): Promise<boolean> {
    const [rows] = await this.dataSource.query<Rows<unknown>>(
      `UPDATE "jobs" SET "progress" = $3, "progress_message" = $4 WHERE ${HELD} RETURNING 1`,
      [id, workerId, progress, message],
    );
    return rows.length > 0;
  }

  async complete(id: string, workerId: string, result: Record<string, unknown> | null): Promise<boolean> {
    const [rows] = await this.dataSource.query<Rows<unknown>>(
      `UPDATE "jobs" SET "state" = 'succeeded', "progress" = 1, "result" = $3, "error_code" = NULL, "error_message" = NULL,
              "finished_at" = now(), "locked_by" = NULL, "locked_until" = NULL
       WHERE ${HELD} RETURNING 1`,
      [id, workerId, result === null ? null : JSON.stringify(result)],
    );
    return rows.length > 0;
  }

  /** Back to the queue after a failed attempt, due again in `delayMs`; the error stays visible meanwhile. */
  async scheduleRetry(id: string, workerId: string, error: SafeJobError, delayMs: number): Promise<boolean> {
    const [rows] = await this.dataSource.query<Rows<unknown>>(
      `UPDATE "jobs" SET "state" = 'queued', "error_code" = $3, "error_message" = $4,
              "run_after" = now() + $5::double precision * interval '1 millisecond', "locked_by" = NULL, "locked_until" = NULL
       WHERE ${HELD} RETURNING 1`,
      [id, workerId, error.code, error.message, delayMs],
    );
    return rows.length > 0;
  }

  async fail(id: string, workerId: string, error: SafeJobError): Promise<boolean> {
    const [rows] = await this.dataSource.query<Rows<unknown>>(
      `UPDATE "jobs" SET "state" = 'failed', "error_code" = $3, "error_message" = $4, "finished_at" = now(),
              "locked_by" = NULL, "locked_until" = NULL
       WHERE ${HELD} RETURNING 1`,
      [id, workerId, error.code, error.message],
    );
    return rows.length > 0;
  }

  /** Shutdown interrupted the attempt: queued again at once, and the attempt does not count. */
  async release(id: string, workerId: string): Promise<boolean> {
    const [rows] = await this.dataSource.query<Rows<unknown>>(
      `UPDATE "jobs" SET "state" = 'queued', "attempts" = greatest("attempts" - 1, 0), "run_after" = now(),
              "locked_by" = NULL, "locked_until" = NULL
       WHERE ${HELD} RETURNING 1`,
      [id, workerId],
    );
    return rows.length > 0;
  }

  /**
   * Jobs whose worker stopped renewing the lease (the process crashed or hung): queued again, or failed
   * once they used up their attempts (a job that kills its process must not loop forever).
   */
  async reclaimExpired(limit = 100): Promise<{ id: string; state: JobState }[]> {
    const [rows] = await this.dataSource.query<Rows<{ id: string; state: JobState }>>(
      `UPDATE "jobs" SET
         "state" = CASE WHEN "attempts" >= "max_attempts" THEN 'failed' ELSE 'queued' END,
         "finished_at" = CASE WHEN "attempts" >= "max_attempts" THEN now() ELSE NULL END,
         "error_code" = $1, "error_message" = $2, "run_after" = now(), "locked_by" = NULL, "locked_until" = NULL
       WHERE "id" IN (
         SELECT "id" FROM "jobs" WHERE "state" = 'running' AND "locked_until" < now()
         ORDER BY "locked_until" LIMIT $3 FOR UPDATE SKIP LOCKED
       ) AND "state" = 'running' AND "locked_until" < now()
       RETURNING "id", "state"`,
      [INTERRUPTED.code, INTERRUPTED.message, limit],
    );
    return rows;
  }

  /** Cancels a queued or running job; null when it had already finished (or does not exist). */
  async cancel(id: string): Promise<JobRecord | null> {
    const [rows] = await this.dataSource.query<Rows<JobRecord>>(
      `UPDATE "jobs" SET "state" = 'cancelled', "finished_at" = now(), "locked_by" = NULL, "locked_until" = NULL
       WHERE "id" = $1 AND ${ACTIVE} RETURNING ${COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Maintenance: up to `limit` jobs finished before `days` days ago. Returns how many went. */
  async deleteFinishedBefore(days: number, limit: number): Promise<number> {
    const [rows] = await this.dataSource.query<Rows<unknown>>(
      `DELETE FROM "jobs" WHERE "id" IN (
         SELECT "id" FROM "jobs" WHERE "finished_at" IS NOT NULL AND "finished_at" < now() - $1::int * interval '1 day' LIMIT $2
       ) RETURNING 1`,
      [days, limit],
    );
    return rows.length;
  }
}
