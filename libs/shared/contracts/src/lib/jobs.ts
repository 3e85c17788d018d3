import { ErrorCode } from './errors';

/** Where a background job is in its life. queued → running → succeeded | failed | cancelled (running → queued again on retry). */
export enum JobState {
  Queued = 'queued',
  Running = 'running',
  Succeeded = 'succeeded',
  Failed = 'failed',
  Cancelled = 'cancelled',
}

export const JOB_STATES: readonly JobState[] = Object.values(JobState);

/** States after which a job never changes again. */
export const JOB_FINISHED_STATES: readonly JobState[] = [JobState.Succeeded, JobState.Failed, JobState.Cancelled];

export function isJobFinished(state: JobState): boolean {
  return JOB_FINISHED_STATES.includes(state);
}

/** Why a job failed, safe to show to people (never a stack trace). */
export interface JobErrorDto {
  code: ErrorCode;
  /** English fallback; the web app translates `code`. */
  message: string;
}

/** A background job as its creator and staff see it (GET /api/jobs/:id). */
export interface JobDto {
  id: string;
  kind: string;
  state: JobState;
  /** 0..1; 1 once succeeded. */
  progress: number;
  /** What the job is doing now (plain text from the handler), or null. */
  message: string | null;
  /** The handler's small JSON summary once succeeded, otherwise null. */
  result: Record<string, unknown> | null;
  /** Only in state failed. */
  error: JobErrorDto | null;
  /** Attempts started so far (a retry counts again). */
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}
