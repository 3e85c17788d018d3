import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Max, Min, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? undefined : Number(value));
const toNumber = ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

/**
 * Every environment variable the API reads, validated once at boot.
 * The README's configuration table mirrors this class.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Real PostgreSQL (15+). Unset: embedded PGlite persisted in DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = 'data';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Apply pending migrations at start-up. */
  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  /** Seed the Kraków demo consultation and demo accounts into an empty database. Default: on for the embedded database. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  SEED_DEMO?: boolean;

  /** Address people use to reach the app; used in links inside e-mails. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  /** SMTP server for outgoing mail (smtp://user:pass@host:port). Unset: mail goes to the dev outbox. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Consulta <no-reply@consulta.local>';

  /** Show the dev outbox page (/dev/outbox). Default: on when SMTP_URL is unset and NODE_ENV is not production. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  DEV_OUTBOX?: boolean;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_TTL_HOURS = 24 * 14;

  /** Mark cookies Secure. Default: on when PUBLIC_URL starts with https. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  /** Multiplies every rate limit (1 = as designed). Only for test set-ups where all traffic shares one IP. */
  @Transform(toNumber)
  @IsNumber()
  @Min(1)
  @Max(1000)
  RATE_LIMIT_FACTOR = 1;

  /** Express "trust proxy" hops, for the client IP behind a load balancer. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  TRUST_PROXY = 0;

  /** Folder of the built Angular app. Unset: dist/apps/web/browser. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  /** Expose GET /api/bench/fixed (a fixed JSON body) for the load benchmark in tools/bench. Never in real deployments. */
  @Transform(toBool)
  @IsBoolean()
  BENCH_ENDPOINTS = false;

  /** Run background jobs (and schedule maintenance) in this process. Off: this process only enqueues; another one runs them. */
  @Transform(toBool)
  @IsBoolean()
  JOBS_WORKER = true;

  /** Background jobs this process runs at the same time. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  JOBS_CONCURRENCY = 1;

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/$/, '');
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE ?? this.publicUrl.startsWith('https:');
  }

  get devOutboxEnabled(): boolean {
    return this.DEV_OUTBOX ?? (!this.SMTP_URL && this.NODE_ENV !== 'production');
  }

  get embeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? this.embeddedDatabase;
  }
}

export const CONFIG_KEYS = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATA_DIR',
  'DATABASE_POOL_SIZE',
  'MIGRATIONS_RUN',
  'SEED_DEMO',
  'PUBLIC_URL',
  'SMTP_URL',
  'MAIL_FROM',
  'DEV_OUTBOX',
  'SESSION_TTL_HOURS',
  'COOKIE_SECURE',
  'RATE_LIMIT_FACTOR',
  'TRUST_PROXY',
  'WEB_DIST',
  'BENCH_ENDPOINTS',
  'JOBS_WORKER',
  'JOBS_CONCURRENCY',
] as const;

export class ConfigValidationError extends Error {}

/** Parses and validates the environment; the error names every offending variable. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant = Object.fromEntries(CONFIG_KEYS.filter((key) => env[key] !== undefined).map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, relevant, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (error) => `  ${error.property}=${JSON.stringify(env[error.property])}: ${Object.values(error.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigValidationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
