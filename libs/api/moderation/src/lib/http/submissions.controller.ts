import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import { ErrorCode, ModerationQueueItemDto, Role } from '@consulta/shared/contracts';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubmissionService } from '../services/submission.service';
import { OffPlatformSubmissionBody } from './requests';
import { ModerationQueueItemResponse } from './responses';

/** Staff enter comments the city received on paper, by e-mail or at a meeting. */
@ApiTags('moderation')
@Controller('moderation')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionService) {}

  @Post('consultations/:slug/submissions')
  @Roles(Role.Moderator, Role.Admin)
  @ApiOperation({
    summary: 'Enter a comment received outside the platform; it is screened and moderated like an online one',
    description: 'Shown publicly with the submitter type and organisation; the submitter’s name (optional) is for staff only.',
  })
  @ApiCreatedResponse({ type: ModerationQueueItemResponse })
  @ApiErrors(
    ...MUTATION_ERRORS,
    ErrorCode.Forbidden,
    ErrorCode.ConsultationNotFound,
    ErrorCode.ConsultationNotOpen,
    ErrorCode.SubmissionDateInvalid,
    ErrorCode.TextInvalid,
    ErrorCode.OrganisationNameRequired,
    ErrorCode.AreaUnknown,
    ErrorCode.SectionNotFound,
    ErrorCode.ParagraphNotFound,
    ErrorCode.QuoteNotInParagraph,
  )
  enter(
    @Param('slug') slug: string,
    @Body() body: OffPlatformSubmissionBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationQueueItemDto> {
    return this.submissions.enter(slug, body, actor);
  }
}
