// Compares the entities with the committed migrations on a throw-away embedded database, and writes the next migration.
//   npm run migration:check                 prints the SQL still missing (exit 1 if any)
//   npm run migration:generate -- AddThing  writes libs/api/core/src/lib/database/migrations/<timestamp>-add-thing.ts
import { baseDataSourceOptions, OutboxMessageEntity, RateLimitCounterEntity, startEmbeddedPostgres } from '@consulta/api/core';
import { CONSULTATION_ENTITIES } from '@consulta/api/consultation';
import { IDENTITY_ENTITIES } from '@consulta/api/identity';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const ENTITIES = [RateLimitCounterEntity, OutboxMessageEntity, ...IDENTITY_ENTITIES, ...CONSULTATION_ENTITIES];
const MIGRATIONS_DIR = join(__dirname, '../../libs/api/core/src/lib/database/migrations');

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const embedded = await startEmbeddedPostgres(undefined, 3);
  try {
    const dataSource = new DataSource({ ...baseDataSourceOptions(embedded.url, 1), entities: ENTITIES });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    const up = sql.upQueries.map((query) => query.query);
    const down = sql.downQueries.map((query) => query.query).reverse();
    if (command === 'generate') {
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
        throw new Error('Give the migration a PascalCase name: npm run migration:generate -- AddThing');
      if (up.length === 0) return console.log('Entities and migrations agree: nothing to generate.');
      const timestamp = Date.now();
      const file = join(MIGRATIONS_DIR, `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
      const lines = (queries: string[]) => queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
      writeFileSync(
        file,
        `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n` +
          `  name = '${name}${timestamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(up)}\n  }\n\n` +
          `  async down(queryRunner: QueryRunner): Promise<void> {\n${lines(down)}\n  }\n}\n`,
      );
      console.log(`Wrote ${file}: add ${name}${timestamp} to MIGRATIONS in migrations/index.ts, then review the SQL.`);
    } else {
      if (up.length === 0) return console.log('Entities and migrations agree.');
      console.log(`Entities need ${up.length} statement(s) the migrations lack:\n${up.join(';\n')};`);
      process.exitCode = 1;
    }
  } finally {
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
