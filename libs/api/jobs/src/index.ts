export * from './lib/jobs.module';
export * from './lib/job.entity';
export * from './lib/job-handler';
export * from './lib/job-options';
export { JobQueue, type EnqueueOptions, type Enqueued } from './lib/queue/job-queue';
export type { JobRecord } from './lib/job.repository';
export { JobWorker, JobAbortedError, type JobAbortReason } from './lib/worker/job-worker';
export { toJobDto } from './lib/job.mapper';
