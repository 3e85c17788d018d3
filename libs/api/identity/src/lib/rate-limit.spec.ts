import { RateLimitService } from '@consulta/api/core';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createIdentityApp } from '../testing/identity-test-kit';

/** RateLimitService lives in api-core; it is exercised here because core specs cannot use api-testing. */
describe('RateLimitService (PostgreSQL counters)', () => {
  let app: INestApplication;
  let limits: RateLimitService;
  const key = (): string => `test:${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    app = await createIdentityApp();
    limits = app.get(RateLimitService);
  });
  afterAll(() => app.close());

  it('counts hits in a fixed window and refuses beyond the limit with a Retry-After inside the window', async () => {
    const rule = { limit: 3, windowSeconds: 600, mode: 'fixed' as const };
    const k = key();
    const states = [];
    for (let hit = 0; hit < 4; hit++) states.push(await limits.hit(k, rule));
    expect(states.map((state) => [state.count, state.allowed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(states[3].retryAfterSeconds).toBeGreaterThan(0);
    expect(states[3].retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it('is atomic under concurrency: 40 simultaneous hits count 1..40', async () => {
    const rule = { limit: 100, windowSeconds: 600, mode: 'fixed' as const };
    const k = key();
    const states = await Promise.all(Array.from({ length: 40 }, () => limits.hit(k, rule)));
    expect(states.map((state) => state.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
  });

  it('peek does not count; reset forgets', async () => {
    const rule = { limit: 2, windowSeconds: 600 };
    const k = key();
    expect(await limits.peek(k, rule)).toMatchObject({ count: 0, allowed: true });
    await limits.hit(k, rule);
    await limits.hit(k, rule);
    expect(await limits.peek(k, rule)).toMatchObject({ count: 2, allowed: false });
    await limits.reset(k);
    expect(await limits.peek(k, rule)).toMatchObject({ count: 0, allowed: true });
  });

  it('in sliding mode weighs the previous window by its remaining overlap', async () => {
    const rule = { limit: 10, windowSeconds: 600, mode: 'sliding' as const };
    const k = key();
    const dataSource = app.get(DataSource);
    // 10 hits in the previous window: right after a boundary they still nearly fill the limit.
    await dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / 600) * 600 - 600), 10, now() + interval '1 hour')`,
      [k],
    );
    const state = await limits.peek(k, rule);
    const [{ elapsed }] = await dataSource.query<{ elapsed: number }[]>(
      `SELECT extract(epoch FROM now() - to_timestamp(floor(extract(epoch FROM now()) / 600) * 600))::float8 AS elapsed`,
    );
    expect(state.count).toBeCloseTo(10 * ((600 - elapsed) / 600), 0);
    expect(state.allowed).toBe(state.count + 1 <= 10);
  });

  it('deletes expired counters', async () => {
    const k = key();
    const dataSource = app.get(DataSource);
    await dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, count, expires_at) VALUES ($1, now() - interval '2 hours', 3, now() - interval '1 hour')`,
      [k],
    );
    expect(await limits.deleteExpired()).toBeGreaterThanOrEqual(1);
    expect(await dataSource.query('SELECT 1 FROM rate_limit_counters WHERE key = $1', [k])).toEqual([]);
  });
});
