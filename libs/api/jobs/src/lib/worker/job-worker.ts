import { AppConfig, DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { JobContext } from '../job-handler';
import { JobHandlerRegistry } from '../job-handler.registry';
import { JOBS_OPTIONS, JobsOptions } from '../job-options';
import { JobRecord, JobRepository, SafeJobError } from '../job.repository';
import { JobQueue } from '../queue/job-queue';
import { JobWakeUp } from '../queue/job-wake-up';
import { ProgressWriter } from './progress-writer';

/** Why a running handler's signal was aborted. lost: cancelled, or the lease went to another process. */
export type JobAbortReason = 'lost' | 'shutdown';

export class JobAbortedError extends Error {
  constructor(readonly reason: JobAbortReason) {
    super(reason === 'shutdown' ? 'The server is shutting down' : 'The job was cancelled or taken over');
    this.name = 'JobAbortedError';
  }
}

interface RunningJob {
  job: JobRecord;
  controller: AbortController;
  abortReason: JobAbortReason | null;
  progress: ProgressWriter;
  heartbeat?: NodeJS.Timeout;
  done?: Promise<void>;
}

type Outcome = { ok: true; result: Record<string, unknown> | null } | { ok: false; error: unknown };

const MAX_RESULT_BYTES = 64 * 1024;
const GENERIC_FAILURE: SafeJobError = { code: ErrorCode.JobFailed, message: 'The task failed. Please try again later.' };

/**
 * Runs this process's share of the queue: polls (and wakes on local enqueues), claims due jobs of the
 * kinds it has handlers for up to the concurrency limit, heartbeats their leases, retries failures with
 * backoff, takes back jobs of crashed processes, and on shutdown stops its handlers and requeues their jobs.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  /** Stored in jobs.locked_by: which process holds a job. */
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly logger = new Logger(JobWorker.name);
  private readonly running = new Map<string, RunningJob>();
  private loop?: Promise<void>;
  private stopping = false;
  private stopListeningForCancel?: () => void;

  constructor(
    private readonly config: AppConfig,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    private readonly jobs: JobRepository,
    private readonly registry: JobHandlerRegistry,
    private readonly queue: JobQueue,
    private readonly wakeUp: JobWakeUp,
  ) {}

  get enabled(): boolean {
    return this.options.worker ?? this.config.JOBS_WORKER;
  }

  get concurrency(): number {
    return this.options.concurrency ?? this.config.JOBS_CONCURRENCY;
  }

  /** Jobs this process is running now. */
  get runningCount(): number {
    return this.running.size;
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.stopListeningForCancel = this.queue.onCancel((id) => this.abort(id, 'lost'));
    this.loop = this.runLoop();
    this.logger.log(`Job worker ${this.workerId} started (concurrency ${this.concurrency}; kinds: ${this.registry.kinds().join(', ')})`);
  }

  /** No new claims; running handlers are aborted and get shutdownGraceMs to stop, then their jobs are requeued. */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.stopping = true;
    this.wakeUp.notify();
    await this.loop;
    this.loop = undefined;
    this.stopListeningForCancel?.();
    const running = [...this.running.values()];
    running.forEach((entry) => this.abort(entry.job.id, 'shutdown'));
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.options.shutdownGraceMs)));
    const settled = await Promise.race([
      Promise.allSettled(running.map((entry) => entry.done ?? Promise.resolve())).then(() => 'done' as const),
      grace,
    ]);
    clearTimeout(timer);
    if (settled === 'timeout') {
      this.logger.warn(`${this.running.size} job(s) did not stop in time; another process takes them over once their lease runs out`);
    }
  }

  private async runLoop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.claimDueJobs();
      } catch (error) {
        this.logger.warn(`Could not poll for jobs: ${describe(error)}`);
      }
      if (this.stopping) break;
      await this.wakeUp.wait(this.options.pollIntervalMs);
    }
  }

  private async claimDueJobs(): Promise<void> {
    const reclaimed = await this.jobs.reclaimExpired();
    for (const job of reclaimed) this.logger.warn(`Job ${job.id}: its worker stopped renewing the lease; now ${job.state}`);
    while (!this.stopping && this.running.size < this.concurrency) {
      const job = await this.jobs.claim(this.workerId, this.registry.kinds(), this.options.leaseMs);
      if (!job) return;
      this.run(job);
    }
  }

  private run(job: JobRecord): void {
    const entry: RunningJob = {
      job,
      controller: new AbortController(),
      abortReason: null,
      progress: new ProgressWriter(async (value) => {
        try {
          if (!(await this.jobs.writeProgress(job.id, this.workerId, value.progress, value.message))) this.abort(job.id, 'lost');
        } catch (error) {
          this.logger.warn(`Job ${job.id}: could not save progress: ${describe(error)}`);
        }
      }, this.options.progressWriteIntervalMs),
    };
    this.running.set(job.id, entry);
    entry.heartbeat = setInterval(() => void this.renewLease(entry), this.options.heartbeatMs);
    entry.heartbeat.unref();
    entry.done = this.execute(entry)
      .catch((error: unknown) => this.logger.error(`Job ${job.id}: could not record its outcome: ${describe(error)}`))
      .finally(() => {
        clearInterval(entry.heartbeat);
        this.running.delete(job.id);
        this.wakeUp.notify();
      });
  }

  private async execute(entry: RunningJob): Promise<void> {
    const { job } = entry;
    const outcome = await this.callHandler(entry);
    await entry.progress.close();
    if (entry.abortReason === 'lost') {
      this.logger.log(`Job ${job.id} (${job.kind}) was cancelled or taken over; its outcome is dropped`);
      return;
    }
    if (outcome.ok) {
      if (!(await this.jobs.complete(job.id, this.workerId, outcome.result)))
        this.logger.log(`Job ${job.id} finished after it was cancelled`);
      return;
    }
    if (entry.abortReason === 'shutdown') {
      await this.jobs.release(job.id, this.workerId);
      return;
    }
    const permanent = outcome.error instanceof DomainException;
    const error: SafeJobError =
      outcome.error instanceof DomainException
        ? { code: outcome.error.code, message: outcome.error.message.slice(0, 500) }
        : GENERIC_FAILURE;
    if (!permanent && job.attempts < job.maxAttempts) {
      const delay = this.retryDelay(job.attempts);
      this.logger.warn(
        `Job ${job.id} (${job.kind}) attempt ${job.attempts}/${job.maxAttempts} failed, retry in ${delay} ms: ${describe(outcome.error)}`,
      );
      await this.jobs.scheduleRetry(job.id, this.workerId, error, delay);
    } else {
      this.logger.error(`Job ${job.id} (${job.kind}) failed for good after attempt ${job.attempts}: ${describe(outcome.error)}`);
      await this.jobs.fail(job.id, this.workerId, error);
    }
  }

  private async callHandler(entry: RunningJob): Promise<Outcome> {
    const { job } = entry;
    const handler = this.registry.get(job.kind);
    if (!handler) return { ok: false, error: new Error(`No handler for job kind ${job.kind}`) };
    const context: JobContext<unknown> = {
      jobId: job.id,
      kind: job.kind,
      payload: job.payload,
      attempt: job.attempts,
      createdBy: job.createdBy,
      signal: entry.controller.signal,
      reportProgress: (fraction, message) => entry.progress.report(fraction, message),
    };
    try {
      const result = await handler.process(context);
      if (result === undefined || result === null) return { ok: true, result: null };
      const json = typeof result === 'object' && !Array.isArray(result) ? JSON.stringify(result) : undefined;
      if (json === undefined) return { ok: false, error: new DomainException(ErrorCode.JobFailed, GENERIC_FAILURE.message) };
      if (Buffer.byteLength(json) > MAX_RESULT_BYTES) {
        this.logger.error(`Job ${job.id} (${job.kind}): the result is over 64 KB; store big output in tables`);
        return { ok: false, error: new DomainException(ErrorCode.JobFailed, GENERIC_FAILURE.message) };
      }
      return { ok: true, result: JSON.parse(json) as Record<string, unknown> };
    } catch (error) {
      return { ok: false, error };
    }
  }

  private async renewLease(entry: RunningJob): Promise<void> {
    try {
      if (!(await this.jobs.heartbeat(entry.job.id, this.workerId, this.options.leaseMs))) this.abort(entry.job.id, 'lost');
    } catch (error) {
      this.logger.warn(`Job ${entry.job.id}: could not renew the lease: ${describe(error)}`);
    }
  }

  private abort(id: string, reason: JobAbortReason): void {
    const entry = this.running.get(id);
    if (!entry || entry.abortReason) return;
    entry.abortReason = reason;
    entry.controller.abort(new JobAbortedError(reason));
  }

  /** Exponential backoff with ±20 % jitter, so that jobs failing together do not retry together. */
  private retryDelay(attempt: number): number {
    const base = Math.min(this.options.retryMaxDelayMs, this.options.retryBaseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
