import { IdentityModule } from '@consulta/api/identity';
import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsController } from './http/jobs.controller';
import { JobService } from './http/job.service';
import { JobHandlerRegistry } from './job-handler.registry';
import { DEFAULT_JOBS_OPTIONS, JOBS_OPTIONS, JobsOptions } from './job-options';
import { JobEntity } from './job.entity';
import { JobRepository } from './job.repository';
import { MaintenanceScheduler } from './maintenance/maintenance-scheduler';
import { MAINTENANCE_HANDLERS } from './maintenance/maintenance-tasks';
import { JobQueue } from './queue/job-queue';
import { JobWakeUp } from './queue/job-wake-up';
import { JobWorker } from './worker/job-worker';

/**
 * Background jobs in PostgreSQL. Import once in the app with `JobsModule.forRoot()`; it is global, so
 * any module can inject JobQueue and declare `@JobHandler('kind')` providers without importing it.
 */
@Module({})
export class JobsModule {
  static forRoot(options: Partial<JobsOptions> = {}): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [TypeOrmModule.forFeature([JobEntity]), DiscoveryModule, IdentityModule],
      controllers: [JobsController],
      providers: [
        { provide: JOBS_OPTIONS, useValue: { ...DEFAULT_JOBS_OPTIONS, ...options } satisfies JobsOptions },
        JobRepository,
        JobHandlerRegistry,
        JobWakeUp,
        JobQueue,
        JobWorker,
        JobService,
        MaintenanceScheduler,
        ...MAINTENANCE_HANDLERS,
      ],
      exports: [JobQueue, JobWorker],
    };
  }
}
