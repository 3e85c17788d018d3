import { AppConfig } from '@consulta/api/core';
import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { JOBS_OPTIONS, JobsOptions } from '../job-options';
import { JobQueue } from '../queue/job-queue';
import { MAINTENANCE_TASKS } from './maintenance-tasks';

/** The next multiple of `intervalMs` since the epoch, strictly after `now`. */
export function nextRunAt(intervalMs: number, now = Date.now()): Date {
  return new Date((Math.floor(now / intervalMs) + 1) * intervalMs);
}

/**
 * Keeps the next run of every maintenance task queued. Every worker process tries (at start and then
 * periodically); the dedupe key `maintenance:<kind>` lets only one queued or running job exist per task,
 * so however many processes there are, each task runs once per interval.
 */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MaintenanceScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    private readonly queue: JobQueue,
  ) {}

  get enabled(): boolean {
    return (this.options.worker ?? this.config.JOBS_WORKER) && this.options.maintenance !== false;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    const schedule = (): void =>
      void this.scheduleNextRuns().catch((error: unknown) => this.logger.warn(`Could not schedule maintenance: ${String(error)}`));
    schedule();
    this.timer = setInterval(schedule, this.options.maintenanceScheduleIntervalMs);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues each task's next run unless one is already queued or running. Returns how many were added. */
  async scheduleNextRuns(now = Date.now()): Promise<number> {
    let added = 0;
    for (const task of MAINTENANCE_TASKS) {
      const { created } = await this.queue.enqueue(
        task.kind,
        {},
        { dedupeKey: `maintenance:${task.kind}`, runAfter: nextRunAt(task.intervalMs, now), maxAttempts: 3 },
      );
      if (created) added++;
    }
    return added;
  }
}
