import { baseDataSourceOptions } from '@consulta/api/core';
import { DataSource, EntitySchema } from 'typeorm';
import { testDatabaseUrl } from './test-database';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityTarget = Function | string | EntitySchema;

/**
 * The SQL TypeORM would still run to make the migrated test database match these entities.
 * Empty means the committed migrations and the entities agree. The statements are what a new
 * migration needs (see tools/db/README.md).
 */
export async function pendingSchemaChanges(entities: EntityTarget[]): Promise<string[]> {
  const dataSource = new DataSource({ ...baseDataSourceOptions(testDatabaseUrl(), 1), entities });
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}
