import { AppConfig } from '../config/app-config';
import { ErrorCode } from '@consulta/shared/contracts';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../errors/domain.exception';

export interface RateLimitRule {
  /** How many hits the window allows. */
  limit: number;
  windowSeconds: number;
  /**
   * fixed: a counter per aligned window. sliding (default): the previous window's count is
   * weighted by how much of it still overlaps, so a burst at a window boundary cannot double the limit.
   */
  mode?: 'fixed' | 'sliding';
}

export interface RateLimitState {
  /** Hits counted for this key (weighted over two windows in sliding mode). */
  count: number;
  /** true while count <= limit. */
  allowed: boolean;
  /** Seconds until a new attempt can succeed (0 when allowed). */
  retryAfterSeconds: number;
}

/** A 429 with the Retry-After value; RetryAfterInterceptor copies it into the header. */
export class RateLimitedException extends DomainException {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

const CLEANUP_INTERVAL_MS = 10 * 60 * 1000;

interface CounterRow {
  current: number;
  previous: number;
  elapsed: number;
}

/**
 * Counts events per key in PostgreSQL (table rate_limit_counters) so that every API process sees
 * the same numbers. One atomic INSERT ... ON CONFLICT DO UPDATE per hit: no locks, no read-modify-write.
 */
@Injectable()
export class RateLimitService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitService.name);
  private cleanupTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.cleanupTimer = setInterval(() => {
      this.deleteExpired().catch((error: unknown) => this.logger.warn(`Could not delete expired counters: ${String(error)}`));
    }, CLEANUP_INTERVAL_MS);
    this.cleanupTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.cleanupTimer);
  }

  /** Counts one hit and says whether the key is still within its rule. */
  async hit(key: string, rule: RateLimitRule, manager?: EntityManager): Promise<RateLimitState> {
    const rows = await (manager ?? this.dataSource.manager).query<CounterRow[]>(
      `WITH bounds AS (
         SELECT to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) AS window_start
       ), hit AS (
         INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
         SELECT $1, window_start, 1, window_start + make_interval(secs => $2 * 2) FROM bounds
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
         RETURNING count, window_start
       )
       SELECT hit.count AS current,
              COALESCE((SELECT p.count FROM rate_limit_counters p
                        WHERE p.key = $1 AND p.window_start = hit.window_start - make_interval(secs => $2)), 0) AS previous,
              extract(epoch FROM now() - hit.window_start)::float8 AS elapsed
       FROM hit`,
      [key, rule.windowSeconds],
    );
    return this.evaluate(rows[0], rule);
  }

  /** The current state without counting a hit (for limits on failures, checked before the attempt). */
  async peek(key: string, rule: RateLimitRule, manager?: EntityManager): Promise<RateLimitState> {
    const rows = await (manager ?? this.dataSource.manager).query<CounterRow[]>(
      `WITH bounds AS (
         SELECT to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) AS window_start
       )
       SELECT COALESCE((SELECT c.count FROM rate_limit_counters c WHERE c.key = $1 AND c.window_start = bounds.window_start), 0) AS current,
              COALESCE((SELECT p.count FROM rate_limit_counters p
                        WHERE p.key = $1 AND p.window_start = bounds.window_start - make_interval(secs => $2)), 0) AS previous,
              extract(epoch FROM now() - bounds.window_start)::float8 AS elapsed
       FROM bounds`,
      [key, rule.windowSeconds],
    );
    // peek asks "may one more happen?": compare as if this were the next hit.
    const row = rows[0];
    return this.evaluate({ ...row, current: Number(row.current) + 1 }, rule, -1);
  }

  /** Forgets a key (for example the failure counter after a successful login). */
  async reset(key: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query('DELETE FROM rate_limit_counters WHERE key = $1', [key]);
  }

  /** Deletes rows that no longer matter. Returns how many went. */
  async deleteExpired(): Promise<number> {
    const result = await this.dataSource.query<[unknown[], number]>('DELETE FROM rate_limit_counters WHERE expires_at < now()');
    return result[1];
  }

  /** hit() that throws a 429 with Retry-After when the rule is exceeded. */
  async consume(
    key: string,
    rule: RateLimitRule,
    code: ErrorCode = ErrorCode.RateLimited,
    message = 'Too many requests. Please wait a moment and try again.',
  ): Promise<void> {
    const state = await this.hit(key, rule);
    if (!state.allowed) throw new RateLimitedException(code, message, state.retryAfterSeconds);
  }

  private evaluate(row: CounterRow, rule: RateLimitRule, countOffset = 0): RateLimitState {
    const current = Number(row.current);
    const previous = Number(row.previous);
    const elapsed = Math.min(Math.max(Number(row.elapsed), 0), rule.windowSeconds);
    const sliding = (rule.mode ?? 'sliding') === 'sliding';
    const weight = sliding ? (rule.windowSeconds - elapsed) / rule.windowSeconds : 0;
    const count = current + previous * weight;
    // RATE_LIMIT_FACTOR scales every limit at once (browser tests send everything from one IP).
    const limit = rule.limit * this.config.RATE_LIMIT_FACTOR;
    const allowed = count <= limit;
    let retryAfterSeconds = 0;
    if (!allowed) {
      const untilWindowEnd = rule.windowSeconds - elapsed;
      if (!sliding || current > limit) {
        // The current window alone is over the limit: only its end helps.
        retryAfterSeconds = untilWindowEnd;
      } else {
        // The previous window's weight decays linearly; find when current + previous * w <= limit.
        const neededWeight = (limit - current) / previous;
        retryAfterSeconds = Math.max(0, rule.windowSeconds * (1 - neededWeight) - elapsed);
      }
    }
    return { count: count + countOffset, allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(retryAfterSeconds)) };
  }
}
