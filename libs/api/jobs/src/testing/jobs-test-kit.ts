/* Helpers for the jobs specs: apps with a fast worker, scripted handlers, people, waiting for the database. */
import { DomainException } from '@consulta/api/core';
import { AccessGuard, IdentityModule } from '@consulta/api/identity';
import { createTestApp, TestClient } from '@consulta/api/testing';
import { ErrorCode, Role, UserDto } from '@consulta/shared/contracts';
import { INestApplication, Injectable, Type } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { JobContext, JobHandler, JobProcessor } from '../lib/job-handler';
import { JobsOptions } from '../lib/job-options';
import { JobsModule } from '../lib/jobs.module';

/** Short timings so that retries, leases and polling happen within a test. */
export const FAST_JOBS: Partial<JobsOptions> = {
  maintenance: false,
  pollIntervalMs: 50,
  leaseMs: 2000,
  heartbeatMs: 200,
  retryBaseDelayMs: 20,
  retryMaxDelayMs: 100,
  progressWriteIntervalMs: 50,
  shutdownGraceMs: 3000,
};

/** `process` names the app (handler instance) that runs it, for tests with several processes. */
export type Scenario = (context: JobContext<ScenarioPayload>, process: string) => Promise<Record<string, unknown> | void>;
export interface ScenarioPayload {
  scenario: string;
  [key: string]: unknown;
}

/**
 * What scripted jobs do, by the scenario name in their payload. One instance may be shared by several
 * apps (two processes' workers running the same queue).
 */
export class Scenarios {
  private readonly byName = new Map<string, Scenario>();

  /** Registers a scenario under a fresh name (unique per run, so tests never run each other's jobs). */
  add(scenario: Scenario): string {
    const name = `s-${randomBytes(6).toString('hex')}`;
    this.byName.set(name, scenario);
    return name;
  }

  run(context: JobContext<ScenarioPayload>, process: string): Promise<Record<string, unknown> | void> {
    const scenario = this.byName.get(context.payload.scenario);
    if (!scenario) throw new DomainException(ErrorCode.ValidationFailed, `Unknown scenario ${context.payload.scenario}`);
    return scenario(context, process);
  }
}

/** A handler class for `kind` that runs the shared scenarios; `process` labels the app it is used in. */
export function scriptedHandler(kind: string, scenarios: Scenarios, process = 'app'): Type<unknown> {
  @JobHandler(kind)
  @Injectable()
  class ScriptedHandler implements JobProcessor<ScenarioPayload, Record<string, unknown> | void> {
    process(context: JobContext<ScenarioPayload>): Promise<Record<string, unknown> | void> {
      return scenarios.run(context, process);
    }
  }
  return ScriptedHandler;
}

/** IdentityModule + JobsModule (fast timings) + the given handlers, behind CSRF and the AccessGuard. */
export async function createJobsApp(handlers: Type<unknown>[], options: Partial<JobsOptions> = {}): Promise<INestApplication> {
  const env = { TRUST_PROXY: '1' };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  try {
    return await createTestApp({
      imports: [IdentityModule, JobsModule.forRoot({ ...FAST_JOBS, ...options })],
      guards: [AccessGuard],
      providers: handlers,
      env,
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export interface Person {
  client: TestClient;
  user: UserDto;
}

/** A new account registered over HTTP from its own IP, with the given role. */
export async function aPerson(app: INestApplication, role: Role = Role.Resident): Promise<Person> {
  const client = await TestClient.create(app, { ip: `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` });
  const response = await client.post('/api/auth/register', {
    email: `j.${randomBytes(6).toString('hex')}@example.pl`,
    displayName: 'Jan Kowalski',
    password: `${randomBytes(18).toString('base64url')}-Kr4k0w`,
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  const user = (response.body as { user: UserDto }).user;
  if (role !== Role.Resident) await app.get(DataSource).query('UPDATE "users" SET "role" = $1 WHERE "id" = $2', [role, user.id]);
  return { client, user };
}

/** Polls `probe` until it returns something other than undefined (or throws after `timeoutMs`). */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A promise with its resolve function, for handlers that wait for the test. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Resolves when the signal aborts (never rejects). */
export function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
}
