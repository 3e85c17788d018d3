import { DomainException } from '@consulta/api/core';
import { requireSignedIn, SessionUser } from '@consulta/api/identity';
import { ErrorCode, JobDto, STAFF_ROLES } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { toJobDto } from '../job.mapper';
import { JobQueue } from '../queue/job-queue';

/** What people may see of jobs: their own, and staff every one. */
@Injectable()
export class JobService {
  constructor(private readonly queue: JobQueue) {}

  /** JOB_NOT_FOUND also for someone else's job: its existence is nobody else's business. */
  async get(id: string, actor: SessionUser | null): Promise<JobDto> {
    requireSignedIn(actor);
    const job = await this.queue.get(id);
    if (!job || (job.createdBy !== actor.id && !STAFF_ROLES.includes(actor.role))) {
      throw new DomainException(ErrorCode.JobNotFound, 'There is no such job.');
    }
    return toJobDto(job);
  }
}
