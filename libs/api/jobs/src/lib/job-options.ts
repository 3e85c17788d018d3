/** Timings of the queue and the worker. The defaults suit production; tests shorten them. */
export interface JobsOptions {
  /** Run the worker in this process. Default: AppConfig JOBS_WORKER. */
  worker?: boolean;
  /** Jobs run at the same time by this process. Default: AppConfig JOBS_CONCURRENCY. */
  concurrency?: number;
  /** Schedule the maintenance tasks (only where the worker runs). Default true. */
  maintenance?: boolean;
  /** How often an idle worker looks for due jobs. A local enqueue wakes it at once. */
  pollIntervalMs: number;
  /** How long a claimed job stays locked without a heartbeat before another process takes it back. */
  leaseMs: number;
  /** How often a running job's lease is renewed (and cancellation noticed). Well under leaseMs. */
  heartbeatMs: number;
  /** First retry delay; doubled per attempt, up to retryMaxDelayMs. */
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** At most one progress write per running job in this interval (the latest value always lands). */
  progressWriteIntervalMs: number;
  /** On shutdown, how long running handlers get to stop after their signal is aborted. */
  shutdownGraceMs: number;
  /** How often each worker process makes sure the next maintenance runs are queued. */
  maintenanceScheduleIntervalMs: number;
}

export const DEFAULT_JOBS_OPTIONS: JobsOptions = {
  maintenance: true,
  pollIntervalMs: 1000,
  leaseMs: 60_000,
  heartbeatMs: 15_000,
  retryBaseDelayMs: 10_000,
  retryMaxDelayMs: 10 * 60_000,
  progressWriteIntervalMs: 500,
  shutdownGraceMs: 10_000,
  maintenanceScheduleIntervalMs: 5 * 60_000,
};

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');
