import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Options shared by the app, the migration tools and the tests: committed migrations only, never synchronize. */
export function baseDataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    installExtensions: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
    applicationName: 'consulta',
  };
}
