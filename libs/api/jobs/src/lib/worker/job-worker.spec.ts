import { DomainException } from '@consulta/api/core';
import { ErrorCode, JobState } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { aborted, createJobsApp, eventually, gate, Scenarios, scriptedHandler } from '../../testing/jobs-test-kit';
import { JobRecord } from '../job.repository';
import { JobQueue } from '../queue/job-queue';
import { JobWorker } from './job-worker';

const KIND = 'test.worker';

/** On the run's database (PostgreSQL or PGlite): the queue and the worker as other modules use them. */
describe('the job queue and worker', () => {
  const scenarios = new Scenarios();
  const Handler = scriptedHandler(KIND, scenarios);
  let app: INestApplication;
  let queue: JobQueue;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await createJobsApp([Handler]);
    queue = app.get(JobQueue);
    dataSource = app.get(DataSource);
  });
  afterAll(() => app.close());

  const job = async (id: string): Promise<JobRecord> => {
    const found = await queue.get(id);
    if (!found) throw new Error(`no job ${id}`);
    return found;
  };
  const finished = (id: string): Promise<JobRecord> =>
    eventually(
      async () => {
        const current = await job(id);
        return [JobState.Succeeded, JobState.Failed, JobState.Cancelled].includes(current.state) ? current : undefined;
      },
      20_000,
      `job ${id} to finish`,
    );
  const enqueue = async (scenario: string, extra: Record<string, unknown> = {}, options = {}): Promise<string> =>
    (await queue.enqueue(KIND, { scenario, ...extra }, options)).job.id;

  it('runs a job and stores its result', async () => {
    const scenario = scenarios.add(async (context) => ({ doubled: Number(context.payload['n']) * 2, attempt: context.attempt }));
    const id = await enqueue(scenario, { n: 21 });
    const done = await finished(id);
    expect(done).toMatchObject({
      state: JobState.Succeeded,
      progress: 1,
      result: { doubled: 42, attempt: 1 },
      attempts: 1,
      lockedBy: null,
    });
    expect(done.finishedAt).toBeInstanceOf(Date);
  });

  it('creates no job when the enqueuing transaction rolls back, and one when it commits', async () => {
    const ran: string[] = [];
    const scenario = scenarios.add(async (context) => void ran.push(context.jobId));
    let rolledBackId = '';
    await expect(
      dataSource.transaction(async (manager) => {
        rolledBackId = (await queue.enqueue(KIND, { scenario }, {}, manager)).job.id;
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');
    const committedId = await dataSource.transaction(async (manager) => (await queue.enqueue(KIND, { scenario }, {}, manager)).job.id);

    expect(await queue.get(rolledBackId)).toBeNull();
    expect((await finished(committedId)).state).toBe(JobState.Succeeded);
    expect(ran).toEqual([committedId]);
  });

  it('refuses unknown kinds and payloads that are not JSON objects', async () => {
    await expect(queue.enqueue('test.nobody-handles-this', {})).rejects.toThrow('No handler');
    await expect(queue.enqueue(KIND, [] as unknown as Record<string, unknown>)).rejects.toThrow('JSON object');
    await expect(queue.enqueue(KIND, { big: 'x'.repeat(70_000) })).rejects.toThrow('64 KB');
  });

  it('retries a failing handler with backoff, then fails with a safe error', async () => {
    const attempts: number[] = [];
    const scenario = scenarios.add(async (context) => {
      attempts.push(context.attempt);
      throw new Error('connection to the PDF renderer lost at /srv/secret/path.ts:12');
    });
    const id = await enqueue(scenario, {}, { maxAttempts: 3 });
    const done = await finished(id);
    expect(attempts).toEqual([1, 2, 3]);
    expect(done).toMatchObject({
      state: JobState.Failed,
      attempts: 3,
      errorCode: ErrorCode.JobFailed,
      errorMessage: 'The task failed. Please try again later.',
    });
    expect(JSON.stringify(done)).not.toContain('secret');
  });

  it('succeeds on a later attempt after failures', async () => {
    const scenario = scenarios.add(async (context) => {
      if (context.attempt < 2) throw new Error('flaky');
      return { ok: true };
    });
    const done = await finished(await enqueue(scenario, {}, { maxAttempts: 3 }));
    expect(done).toMatchObject({ state: JobState.Succeeded, attempts: 2, result: { ok: true }, errorCode: null });
  });

  it('fails at once, without retrying, with the code and message of a DomainException', async () => {
    let calls = 0;
    const scenario = scenarios.add(async () => {
      calls++;
      throw new DomainException(ErrorCode.ConsultationNotFound, 'There is no such consultation.');
    });
    const done = await finished(await enqueue(scenario, {}, { maxAttempts: 5 }));
    expect(calls).toBe(1);
    expect(done).toMatchObject({ state: JobState.Failed, attempts: 1, errorCode: ErrorCode.ConsultationNotFound });
  });

  it('cancels a queued job before it runs', async () => {
    let ran = false;
    const scenario = scenarios.add(async () => void (ran = true));
    const id = await enqueue(scenario, {}, { runAfter: new Date(Date.now() + 60_000) });
    const cancelled = await queue.cancel(id);
    expect(cancelled.state).toBe(JobState.Cancelled);
    expect(cancelled.finishedAt).toBeInstanceOf(Date);
    await dataSource.query(`UPDATE "jobs" SET "run_after" = now() WHERE "id" = $1`, [id]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).toBe(false);
    expect((await job(id)).state).toBe(JobState.Cancelled);
  });

  it('aborts a running job’s signal on cancel and keeps it cancelled even if the handler then returns', async () => {
    const started = gate();
    let sawAbort = false;
    const scenario = scenarios.add(async (context) => {
      started.open();
      await aborted(context.signal);
      sawAbort = true;
      return { shouldNotBeStored: true };
    });
    const id = await enqueue(scenario);
    await started.promise;
    await queue.cancel(id);
    await eventually(async () => (sawAbort ? true : undefined), 5000, 'the handler to see the abort');
    await eventually(async () => (app.get(JobWorker).runningCount === 0 ? true : undefined), 5000, 'the worker to let go');
    expect(await job(id)).toMatchObject({ state: JobState.Cancelled, result: null });
  });

  it('notices a cancel made by another process at the next heartbeat', async () => {
    const started = gate();
    const scenario = scenarios.add(async (context) => {
      started.open();
      await aborted(context.signal);
      context.signal.throwIfAborted();
    });
    const id = await enqueue(scenario);
    await started.promise;
    // What another process's JobQueue.cancel does: only the row changes, no local notification.
    await dataSource.query(`UPDATE "jobs" SET "state" = 'cancelled', "finished_at" = now() WHERE "id" = $1`, [id]);
    await eventually(async () => (app.get(JobWorker).runningCount === 0 ? true : undefined), 5000, 'the heartbeat to notice');
    expect((await job(id)).state).toBe(JobState.Cancelled);
  });

  it('returns the queued or running job for a taken dedupe key, and queues anew once it finished', async () => {
    const release = gate();
    const scenario = scenarios.add(async () => {
      await release.promise;
      return { done: true };
    });
    const dedupeKey = `regenerate:${scenario}`;
    const first = await queue.enqueue(KIND, { scenario }, { dedupeKey });
    const second = await queue.enqueue(KIND, { scenario }, { dedupeKey });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, job: { id: first.job.id } });
    const rows = await dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS "count" FROM "jobs" WHERE "dedupe_key" = $1`, [
      dedupeKey,
    ]);
    expect(rows[0].count).toBe(1);

    release.open();
    await finished(first.job.id);
    const third = await queue.enqueue(KIND, { scenario }, { dedupeKey });
    expect(third.created).toBe(true);
    expect(third.job.id).not.toBe(first.job.id);
    await finished(third.job.id);
  });

  it('lets only one of many concurrent enqueues with the same dedupe key create a job', async () => {
    const scenario = scenarios.add(async () => ({}));
    const dedupeKey = `concurrent:${scenario}`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        dataSource.transaction((manager) =>
          queue.enqueue(KIND, { scenario }, { dedupeKey, runAfter: new Date(Date.now() + 60_000) }, manager),
        ),
      ),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.job.id)).size).toBe(1);
    await queue.cancel(results[0].job.id);
  });

  it('takes back a job whose worker died (lease ran out) and runs it again', async () => {
    const scenario = scenarios.add(async (context) => ({ attempt: context.attempt }));
    const id = await enqueue(scenario, {}, { runAfter: new Date(Date.now() + 60_000) });
    // A process claimed it and crashed: running, locked by a process that is gone, lease over.
    await dataSource.query(
      `UPDATE "jobs" SET "state" = 'running', "attempts" = 1, "locked_by" = 'crashed-host:1:dead', "locked_until" = now() - interval '1 second', "run_after" = now() WHERE "id" = $1`,
      [id],
    );
    const done = await finished(id);
    expect(done).toMatchObject({ state: JobState.Succeeded, attempts: 2, result: { attempt: 2 } });
  });

  it('fails a job that keeps losing its worker once its attempts are used up', async () => {
    const scenario = scenarios.add(async () => ({}));
    const id = await enqueue(scenario, {}, { maxAttempts: 2, runAfter: new Date(Date.now() + 60_000) });
    await dataSource.query(
      `UPDATE "jobs" SET "state" = 'running', "attempts" = 2, "locked_by" = 'crashed-host:1:dead', "locked_until" = now() - interval '1 second' WHERE "id" = $1`,
      [id],
    );
    const done = await finished(id);
    expect(done).toMatchObject({ state: JobState.Failed, attempts: 2, errorCode: ErrorCode.JobFailed });
  });

  it('keeps the lease of a long job alive with heartbeats', async () => {
    const scenario = scenarios.add(async () => {
      // Longer than the lease (2 s): without heartbeats another worker would take it back.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return { long: true };
    });
    const done = await finished(await enqueue(scenario));
    expect(done).toMatchObject({ state: JobState.Succeeded, attempts: 1, errorCode: null });
  });

  it('writes progress throttled, the latest value winning', async () => {
    const release = gate();
    const scenario = scenarios.add(async (context) => {
      for (let step = 1; step <= 100; step++) context.reportProgress(step / 200, `Krok ${step}\u0007 z 200`);
      await release.promise;
      return {};
    });
    const id = await enqueue(scenario);
    const seen = await eventually(
      async () => {
        const current = await job(id);
        return current.progress === 0.5 ? current : undefined;
      },
      5000,
      'the last progress value',
    );
    expect(seen.progressMessage).toBe('Krok 100 z 200');
    release.open();
    expect((await finished(id)).progress).toBe(1);
  });
});

describe('two processes sharing the queue', () => {
  const KIND_SHARED = 'test.shared';
  const scenarios = new Scenarios();
  const FirstHandler = scriptedHandler(KIND_SHARED, scenarios, 'first');
  const SecondHandler = scriptedHandler(KIND_SHARED, scenarios, 'second');
  let first: INestApplication;
  let second: INestApplication;

  beforeAll(async () => {
    first = await createJobsApp([FirstHandler], { concurrency: 3 });
    second = await createJobsApp([SecondHandler], { concurrency: 3 });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('runs each of many jobs exactly once', async () => {
    const runs = new Map<string, string[]>();
    const scenario = scenarios.add(async (context, process) => {
      runs.set(context.jobId, [...(runs.get(context.jobId) ?? []), process]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return {};
    });
    const queue = first.get(JobQueue);
    const ids: string[] = [];
    for (let index = 0; index < 60; index++) {
      ids.push((await (index % 2 === 0 ? queue : second.get(JobQueue)).enqueue(KIND_SHARED, { scenario, index })).job.id);
    }
    const dataSource = first.get(DataSource);
    await eventually(
      async () => {
        const rows = await dataSource.query<{ count: number }[]>(
          `SELECT count(*)::int AS "count" FROM "jobs" WHERE "id" = ANY($1::uuid[]) AND "state" = 'succeeded'`,
          [ids],
        );
        return rows[0].count === ids.length ? true : undefined;
      },
      60_000,
      'all jobs to succeed',
    );
    const rows = await dataSource.query<{ attempts: number }[]>(`SELECT "attempts" FROM "jobs" WHERE "id" = ANY($1::uuid[])`, [ids]);
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
    expect(ids.every((id) => runs.get(id)?.length === 1)).toBe(true);
    expect(runs.size).toBe(ids.length);
    // Both processes took part (otherwise "never twice" would prove nothing).
    const byProcess = [...runs.values()].flat();
    expect(byProcess.filter((process) => process === 'first').length).toBeGreaterThan(5);
    expect(byProcess.filter((process) => process === 'second').length).toBeGreaterThan(5);
  });

  it('requeues a running job on shutdown, without counting the attempt, and another process finishes it', async () => {
    const started = gate();
    let starts = 0;
    const scenario = scenarios.add(async (context, process) => {
      starts++;
      if (process === 'first') {
        started.open();
        await aborted(context.signal);
        context.signal.throwIfAborted();
      }
      return { finishedBy: 'the other process' };
    });
    // The second process's worker is paused so that the first one takes the job.
    await second.get(JobWorker).stop();
    const id = (await first.get(JobQueue).enqueue(KIND_SHARED, { scenario })).job.id;
    await started.promise;
    const closing = first.close();
    second.get(JobWorker).start();
    await closing;
    const queue = second.get(JobQueue);
    const done = await eventually(
      async () => {
        const current = await queue.get(id);
        return current?.state === JobState.Succeeded ? current : undefined;
      },
      15_000,
      'the other process to finish the job',
    );
    expect(done).toMatchObject({ attempts: 1, result: { finishedBy: 'the other process' } });
    expect(starts).toBe(2);
    first = await createJobsApp([FirstHandler]);
  });
});
