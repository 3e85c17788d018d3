import { JobState } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { aPerson, createJobsApp, eventually } from '../../testing/jobs-test-kit';
import { JobQueue } from '../queue/job-queue';
import { MaintenanceScheduler, nextRunAt } from './maintenance-scheduler';
import { MAINTENANCE_TASKS } from './maintenance-tasks';

describe('maintenance jobs', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let queue: JobQueue;
  let userId: string;

  beforeAll(async () => {
    app = await createJobsApp([]);
    dataSource = app.get(DataSource);
    queue = app.get(JobQueue);
    userId = (await aPerson(app)).user.id;
  });
  afterAll(() => app.close());

  const hash = (): string => randomBytes(32).toString('hex');
  const exists = async (table: string, where: string, parameters: unknown[]): Promise<boolean> =>
    (await dataSource.query<unknown[]>(`SELECT 1 FROM "${table}" WHERE ${where}`, parameters)).length > 0;
  const run = async (kind: string): Promise<Record<string, unknown> | null> => {
    const { job } = await queue.enqueue(kind, {});
    const done = await eventually(
      async () => {
        const current = await queue.get(job.id);
        return current && current.state !== JobState.Queued && current.state !== JobState.Running ? current : undefined;
      },
      15_000,
      kind,
    );
    expect(done.state).toBe(JobState.Succeeded);
    return done.result;
  };

  it('deletes idempotency keys older than 24 hours only', async () => {
    const [oldKey, freshKey] = [`old-${randomUUID()}`, `fresh-${randomUUID()}`];
    for (const [key, age] of [
      [oldKey, '25 hours'],
      [freshKey, '23 hours'],
    ]) {
      await dataSource.query(
        `INSERT INTO "idempotency_keys" ("user_id", "key", "request_hash", "resource_type", "resource_id", "created_at")
         VALUES ($1, $2, $3, 'comment', $4, now() - $5::interval)`,
        [userId, key, hash(), randomUUID(), age],
      );
    }
    const result = await run('maintenance.idempotency-keys');
    expect(result?.['deleted']).toBeGreaterThanOrEqual(1);
    expect(await exists('idempotency_keys', `"key" = $1`, [oldKey])).toBe(false);
    expect(await exists('idempotency_keys', `"key" = $1`, [freshKey])).toBe(true);
  });

  it('deletes expired sessions only', async () => {
    const [expired, live] = [hash(), hash()];
    await dataSource.query(
      `INSERT INTO "sessions" ("token_hash", "user_id", "expires_at") VALUES ($1, $3, now() - interval '1 minute'), ($2, $3, now() + interval '1 hour')`,
      [expired, live, userId],
    );
    await run('maintenance.sessions');
    expect(await exists('sessions', `"token_hash" = $1`, [expired])).toBe(false);
    expect(await exists('sessions', `"token_hash" = $1`, [live])).toBe(true);
  });

  it('deletes e-mail tokens expired more than 30 days ago only', async () => {
    const [longGone, recent, live] = [hash(), hash(), hash()];
    await dataSource.query(
      `INSERT INTO "user_tokens" ("user_id", "purpose", "token_hash", "expires_at") VALUES
         ($1, 'password_reset', $2, now() - interval '31 days'),
         ($1, 'password_reset', $3, now() - interval '29 days'),
         ($1, 'email_verification', $4, now() + interval '1 day')`,
      [userId, longGone, recent, live],
    );
    await run('maintenance.user-tokens');
    expect(await exists('user_tokens', `"token_hash" = $1`, [longGone])).toBe(false);
    expect(await exists('user_tokens', `"token_hash" = $1`, [recent])).toBe(true);
    expect(await exists('user_tokens', `"token_hash" = $1`, [live])).toBe(true);
  });

  it('deletes jobs finished more than 30 days ago only', async () => {
    const ids = await dataSource.query<{ id: string }[]>(
      `INSERT INTO "jobs" ("kind", "state", "created_at", "finished_at", "run_after") VALUES
         ('test.old', 'succeeded', now() - interval '40 days', now() - interval '31 days', now()),
         ('test.old', 'failed', now() - interval '40 days', now() - interval '29 days', now()),
         ('test.old', 'queued', now() - interval '40 days', NULL, now() + interval '1 year')
       RETURNING "id"`,
    );
    await run('maintenance.jobs');
    expect(await exists('jobs', `"id" = $1`, [ids[0].id])).toBe(false);
    expect(await exists('jobs', `"id" = $1`, [ids[1].id])).toBe(true);
    expect(await exists('jobs', `"id" = $1`, [ids[2].id])).toBe(true);
    await dataSource.query(`DELETE FROM "jobs" WHERE "id" = ANY($1::uuid[])`, [ids.map((row) => row.id)]);
  });

  it('keeps one next run per task queued, however many processes schedule it', async () => {
    const other = await createJobsApp([], { maintenance: true });
    try {
      const now = Date.now();
      // The other app scheduled at start-up (maintenance on); both try again now: nothing new.
      await eventually(
        async () => {
          const rows = await dataSource.query<unknown[]>(
            `SELECT 1 FROM "jobs" WHERE "dedupe_key" LIKE 'maintenance:%' AND "state" IN ('queued', 'running')`,
          );
          return rows.length === MAINTENANCE_TASKS.length ? true : undefined;
        },
        5000,
        'the start-up schedule',
      );
      expect(await app.get(MaintenanceScheduler).scheduleNextRuns(now)).toBe(0);
      expect(await other.get(MaintenanceScheduler).scheduleNextRuns(now)).toBe(0);

      const rows = await dataSource.query<{ kind: string; runAfter: Date }[]>(
        `SELECT "kind", "run_after" AS "runAfter" FROM "jobs" WHERE "dedupe_key" LIKE 'maintenance:%' AND "state" IN ('queued', 'running')`,
      );
      for (const task of MAINTENANCE_TASKS) {
        const row = rows.find((candidate) => candidate.kind === task.kind);
        expect(row?.runAfter.getTime()).toBe(nextRunAt(task.intervalMs, now).getTime());
      }

      // Once a run is over, the next one is queued again.
      await dataSource.query(
        `UPDATE "jobs" SET "state" = 'succeeded', "finished_at" = now() WHERE "dedupe_key" = 'maintenance:maintenance.sessions' AND "state" = 'queued'`,
      );
      expect(await other.get(MaintenanceScheduler).scheduleNextRuns(now)).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('computes aligned next run times', () => {
    const hour = 3600_000;
    expect(nextRunAt(hour, Date.UTC(2026, 0, 1, 10, 59, 59)).toISOString()).toBe('2026-01-01T11:00:00.000Z');
    expect(nextRunAt(hour, Date.UTC(2026, 0, 1, 11, 0, 0)).toISOString()).toBe('2026-01-01T12:00:00.000Z');
    expect(nextRunAt(24 * hour, Date.UTC(2026, 0, 1, 11, 0, 0)).toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });
});
