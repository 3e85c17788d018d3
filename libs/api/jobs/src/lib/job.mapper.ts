import { JobDto, JobState } from '@consulta/shared/contracts';
import { JobRecord } from './job.repository';

export function toJobDto(job: JobRecord): JobDto {
  const failed = job.state === JobState.Failed && job.errorCode !== null;
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    progress: Number(job.progress),
    message: job.progressMessage,
    result: job.state === JobState.Succeeded ? job.result : null,
    error: failed && job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? '' } : null,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
