import { ErrorCode, JobDto, JobState, Role } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aPerson, createJobsApp, eventually, gate, Person, Scenarios, scriptedHandler } from '../../testing/jobs-test-kit';
import { JobQueue } from '../queue/job-queue';

const KIND = 'test.http';

describe('GET /api/jobs/:id', () => {
  const scenarios = new Scenarios();
  let app: INestApplication;
  let queue: JobQueue;
  let owner: Person;
  let other: Person;
  let moderator: Person;
  let admin: Person;

  beforeAll(async () => {
    app = await createJobsApp([scriptedHandler(KIND, scenarios)]);
    queue = app.get(JobQueue);
    [owner, other, moderator, admin] = await Promise.all([
      aPerson(app),
      aPerson(app),
      aPerson(app, Role.Moderator),
      aPerson(app, Role.Admin),
    ]);
  });
  afterAll(() => app.close());

  const finishedJob = async (id: string, scenario: string): Promise<string> => {
    await eventually(
      async () => {
        const job = await queue.get(id);
        return job && [JobState.Succeeded, JobState.Failed].includes(job.state) ? job : undefined;
      },
      15_000,
      `job of ${scenario}`,
    );
    return id;
  };

  it('shows the creator the progress while the job runs, then the result', async () => {
    const release = gate();
    const scenario = scenarios.add(async (context) => {
      context.reportProgress(0.4, 'Analiza komentarzy');
      await release.promise;
      return { themes: 7 };
    });
    const id = (await queue.enqueue(KIND, { scenario }, { createdBy: owner.user.id })).job.id;

    const running = await eventually(
      async () => {
        const response = await owner.client.get(`/api/jobs/${id}`).expect(200);
        const body = response.body as JobDto;
        return body.state === JobState.Running && body.progress === 0.4 ? body : undefined;
      },
      10_000,
      'progress over HTTP',
    );
    expect(running).toMatchObject({
      id,
      kind: KIND,
      message: 'Analiza komentarzy',
      result: null,
      error: null,
      attempts: 1,
      finishedAt: null,
    });
    expect(typeof running.startedAt).toBe('string');

    release.open();
    const done = await eventually(
      async () => {
        const body = (await owner.client.get(`/api/jobs/${id}`).expect(200)).body as JobDto;
        return body.state === JobState.Succeeded ? body : undefined;
      },
      10_000,
      'success over HTTP',
    );
    expect(done).toMatchObject({ progress: 1, result: { themes: 7 }, error: null });
    expect(Date.parse(done.finishedAt ?? '')).not.toBeNaN();
  });

  it('reports a failure with a stable code and a safe message, never the stack', async () => {
    const scenario = scenarios.add(async () => {
      throw new Error('ECONNREFUSED 10.0.0.7:5432 at Renderer.render (/srv/app/renderer.ts:99)');
    });
    const id = await finishedJob((await queue.enqueue(KIND, { scenario }, { createdBy: owner.user.id, maxAttempts: 1 })).job.id, scenario);
    const body = (await owner.client.get(`/api/jobs/${id}`).expect(200)).body as JobDto;
    expect(body).toMatchObject({
      state: JobState.Failed,
      error: { code: ErrorCode.JobFailed, message: 'The task failed. Please try again later.' },
      result: null,
    });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|renderer\.ts/);
  });

  it('answers 404 to another resident, 200 to moderators and admins, 401 without a session', async () => {
    const scenario = scenarios.add(async () => ({ done: true }));
    const id = await finishedJob((await queue.enqueue(KIND, { scenario }, { createdBy: owner.user.id })).job.id, scenario);

    const refused = await other.client.get(`/api/jobs/${id}`).expect(404);
    expect(refused.body).toMatchObject({ statusCode: 404, code: ErrorCode.JobNotFound });
    await moderator.client.get(`/api/jobs/${id}`).expect(200);
    await admin.client.get(`/api/jobs/${id}`).expect(200);
    const anonymous = await request(app.getHttpServer() as Parameters<typeof request>[0])
      .get(`/api/jobs/${id}`)
      .expect(401);
    expect(anonymous.body).toMatchObject({ code: ErrorCode.Unauthenticated });
  });

  it('answers 404 for a job nobody created (system jobs) to residents, 200 to staff', async () => {
    const scenario = scenarios.add(async () => ({}));
    const id = await finishedJob((await queue.enqueue(KIND, { scenario })).job.id, scenario);
    await owner.client.get(`/api/jobs/${id}`).expect(404);
    await admin.client.get(`/api/jobs/${id}`).expect(200);
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['a malformed id', 'not-a-uuid'],
    ['an SQL-looking id', "1' OR '1'='1"],
  ])('answers 404 JOB_NOT_FOUND for %s', async (_name, id) => {
    const response = await admin.client.get(`/api/jobs/${encodeURIComponent(id)}`).expect(404);
    expect(response.body).toMatchObject({ code: ErrorCode.JobNotFound });
  });
});
