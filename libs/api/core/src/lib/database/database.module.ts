import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { baseDataSourceOptions } from './data-source-options';
import { DatabaseLocator } from './database-url.provider';

@Module({
  providers: [DatabaseLocator],
  exports: [DatabaseLocator],
})
class DatabaseLocatorModule {}

/** TypeORM on PostgreSQL: DATABASE_URL, or embedded PGlite when unset. Entities register through forFeature. */
@Module({
  imports: [
    DatabaseLocatorModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseLocatorModule],
      inject: [AppConfig, DatabaseLocator],
      useFactory: async (config: AppConfig, locator: DatabaseLocator) => ({
        ...baseDataSourceOptions(await locator.resolveUrl(), config.DATABASE_POOL_SIZE),
        autoLoadEntities: true,
        migrationsRun: config.MIGRATIONS_RUN,
        retryAttempts: 5,
        retryDelay: 1000,
      }),
    }),
  ],
  exports: [DatabaseLocatorModule],
})
export class DatabaseModule {}
