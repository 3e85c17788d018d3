import { UserEntity } from '@consulta/api/identity';
import { ErrorCode, JobState } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A unit of background work, shared by every API process through PostgreSQL. A worker claims a
 * queued row (FOR UPDATE SKIP LOCKED), holds a lease (locked_by, locked_until) renewed by its
 * heartbeat, and finishes the row; a lease that runs out means the process died and the job goes back
 * to the queue. Column comments: see libs/api/jobs/README.md.
 */
@Entity({ name: 'jobs' })
// The claim: the oldest due queued job (of the kinds this process knows).
@Index('IDX_jobs_queued', ['runAfter', 'id'], { where: `"state" = 'queued'` })
// Reclaiming jobs of crashed processes: running rows whose lease ran out.
@Index('IDX_jobs_running_lease', ['lockedUntil'], { where: `"state" = 'running'` })
// At most one queued-or-running job per dedupe key; finished ones do not count.
@Index('UQ_jobs_dedupe_key', ['dedupeKey'], { unique: true, where: `"dedupe_key" IS NOT NULL AND "state" IN ('queued', 'running')` })
// Deleting old finished jobs (maintenance).
@Index('IDX_jobs_finished', ['finishedAt'], { where: `"finished_at" IS NOT NULL` })
@Index('IDX_jobs_created_by', ['createdBy'])
@Check('CHK_jobs_state', `"state" IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`)
@Check('CHK_jobs_progress', `"progress" >= 0 AND "progress" <= 1`)
@Check('CHK_jobs_attempts', `"attempts" >= 0 AND "max_attempts" >= 1`)
export class JobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_jobs' })
  id!: string;

  /** Which handler runs it, e.g. `themes.suggest`. */
  @Column({ type: 'varchar', length: 100 })
  kind!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 20, default: JobState.Queued })
  state!: JobState;

  @Column({ type: 'double precision', default: 0 })
  progress!: number;

  @Column({ name: 'progress_message', type: 'varchar', length: 300, nullable: true })
  progressMessage!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  /** The last failure (kept while a retry waits), safe to show: a code and a sentence, never a stack. */
  @Column({ name: 'error_code', type: 'varchar', length: 100, nullable: true })
  errorCode!: ErrorCode | null;

  @Column({ name: 'error_message', type: 'varchar', length: 500, nullable: true })
  errorMessage!: string | null;

  /** Attempts started (incremented by each claim). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'max_attempts', type: 'int', default: 3 })
  maxAttempts!: number;

  /** Not claimed before this (scheduled runs, retry backoff). */
  @Column({ name: 'run_after', type: 'timestamptz', default: () => 'now()' })
  runAfter!: Date;

  /** The worker holding the job while running (host:pid:random). */
  @Column({ name: 'locked_by', type: 'varchar', length: 200, nullable: true })
  lockedBy!: string | null;

  /** The lease: renewed by the worker's heartbeat; once past, the job is reclaimed. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_jobs_created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
