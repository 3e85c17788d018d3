import { ApiErrors, Authenticated, CurrentUser, type SessionUser } from '@consulta/api/identity';
import { ErrorCode, JobDto } from '@consulta/shared/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobResponse } from './job.response';
import { JobService } from './job.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobService) {}

  @Get(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'A background job’s state and progress',
    description: 'For the person who started the job, and for staff. Poll until `state` is succeeded, failed or cancelled.',
  })
  @ApiOkResponse({ type: JobResponse })
  @ApiErrors(ErrorCode.Unauthenticated, ErrorCode.JobNotFound)
  get(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<JobDto> {
    return this.jobs.get(id, actor);
  }
}
