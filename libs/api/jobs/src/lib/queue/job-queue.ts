import { ErrorCode } from '@consulta/shared/contracts';
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { DomainException } from '@consulta/api/core';
import { JOB_KIND_PATTERN, JobHandlerRegistry } from '../job-handler.registry';
import { JobRecord, JobRepository } from '../job.repository';
import { JobWakeUp } from './job-wake-up';

export interface EnqueueOptions {
  /** The person the job works for: they (and staff) may follow it at GET /api/jobs/:id. */
  createdBy?: string | null;
  /** While a job with this key is queued or running, enqueue returns that job instead of adding another. */
  dedupeKey?: string;
  /** Not before this time (default now). */
  runAfter?: Date;
  /** Attempts before the job fails for good (default 3). */
  maxAttempts?: number;
}

export interface Enqueued {
  job: JobRecord;
  /** false when the dedupe key matched a queued or running job, which `job` then is. */
  created: boolean;
}

const DEFAULT_MAX_ATTEMPTS = 3;
const MAX_PAYLOAD_BYTES = 64 * 1024;
const DEDUPE_KEY_MAX = 200;

/**
 * Adds jobs and answers about them. Inside a caller's transaction (pass its EntityManager) the job is
 * created, or not, together with the data it concerns; the worker is woken after the commit.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy, EntitySubscriberInterface {
  private readonly awaitingCommit = new WeakSet<QueryRunner>();
  private readonly cancelListeners = new Set<(id: string) => void>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobRepository,
    private readonly registry: JobHandlerRegistry,
    private readonly wakeUp: JobWakeUp,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  onModuleDestroy(): void {
    const index = this.dataSource.subscribers.indexOf(this);
    if (index !== -1) this.dataSource.subscribers.splice(index, 1);
  }

  /** TypeORM calls this after every commit; only ours matter. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (this.awaitingCommit.has(event.queryRunner)) {
      this.awaitingCommit.delete(event.queryRunner);
      this.wakeUp.notify();
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.awaitingCommit.delete(event.queryRunner);
  }

  /**
   * Queues a job of a registered kind. Throws (a programming error, not a 4xx) for an unknown kind, a
   * payload that is not a JSON object or is over 64 KB, or invalid options.
   */
  async enqueue(kind: string, payload: Record<string, unknown>, options: EnqueueOptions = {}, manager?: EntityManager): Promise<Enqueued> {
    if (!JOB_KIND_PATTERN.test(kind) || !this.registry.has(kind)) throw new Error(`No handler for job kind "${kind}"`);
    const json = JSON.stringify(payload);
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload) || json === undefined)
      throw new Error('A job payload must be a JSON object');
    if (Buffer.byteLength(json) > MAX_PAYLOAD_BYTES) throw new Error('A job payload must stay under 64 KB: store big inputs in tables');
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100) throw new Error('maxAttempts must be an integer 1..100');
    if (options.dedupeKey !== undefined && (options.dedupeKey.length === 0 || options.dedupeKey.length > DEDUPE_KEY_MAX))
      throw new Error(`A dedupe key must have 1..${DEDUPE_KEY_MAX} characters`);
    if (options.runAfter && Number.isNaN(options.runAfter.getTime())) throw new Error('runAfter is not a valid date');

    const job = {
      kind,
      payload: JSON.parse(json) as Record<string, unknown>,
      maxAttempts,
      runAfter: options.runAfter ?? null,
      dedupeKey: options.dedupeKey ?? null,
      createdBy: options.createdBy ?? null,
    };
    const inserted = await this.jobs.insert(job, manager);
    if (inserted) {
      this.wakeAfterCommit(manager);
      return { job: inserted, created: true };
    }
    // The key is taken. The holder may have finished between the INSERT and this SELECT: then try once more.
    const dedupeKey = job.dedupeKey as string;
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await this.jobs.findActiveByDedupeKey(dedupeKey, manager);
      if (existing) return { job: existing, created: false };
      const retried = await this.jobs.insert(job, manager);
      if (retried) {
        this.wakeAfterCommit(manager);
        return { job: retried, created: true };
      }
    }
    throw new Error(`Could not enqueue job with dedupe key "${dedupeKey}": it keeps changing`);
  }

  /** The job, or null when there is none with this id. */
  async get(id: string): Promise<JobRecord | null> {
    return isUuid(id) ? this.jobs.findById(id) : null;
  }

  /**
   * Cancels a queued or running job. A running handler sees its signal aborted at its next heartbeat at
   * the latest (at once in this process). Returns the cancelled job; JOB_NOT_FOUND for an unknown id;
   * a job that had already finished is returned unchanged.
   */
  async cancel(id: string): Promise<JobRecord> {
    const cancelled = isUuid(id) ? await this.jobs.cancel(id) : null;
    if (cancelled) {
      this.cancelListeners.forEach((listener) => listener(id));
      return cancelled;
    }
    const job = await this.get(id);
    if (!job) throw new DomainException(ErrorCode.JobNotFound, 'There is no such job.');
    return job;
  }

  /** The local worker listens here to abort a cancelled job it runs without waiting for the heartbeat. */
  onCancel(listener: (id: string) => void): () => void {
    this.cancelListeners.add(listener);
    return () => this.cancelListeners.delete(listener);
  }

  private wakeAfterCommit(manager: EntityManager | undefined): void {
    const runner = manager?.queryRunner;
    if (runner?.isTransactionActive) this.awaitingCommit.add(runner);
    else this.wakeUp.notify();
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
