export interface HealthDto {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
  /** 'embedded' (PGlite) or 'postgres' (DATABASE_URL). */
  databaseKind: 'embedded' | 'postgres';
  version: string;
}
