import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import { BulkDispositionResultDto, ErrorCode, Role, StaffDispositionDto } from '@consulta/shared/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DispositionService } from '../services/disposition.service';
import { BulkDispositionBody, DraftDispositionBody } from './requests';
import { BulkDispositionResultResponse, StaffDispositionResponse } from './responses';

const STAFF = [Role.Moderator, Role.Admin] as const;
const CHANGE_ERRORS = [
  ...MUTATION_ERRORS,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.DispositionNotFound,
  ErrorCode.DispositionNotDraft,
] as const;

/** The city's decision on each comment: drafts, approval by a second staff member, versions. */
@ApiTags('moderation')
@Controller('moderation')
export class DispositionsController {
  constructor(private readonly dispositions: DispositionService) {}

  @Get('comments/:id/dispositions')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Every version of the city’s decision on a comment, oldest first' })
  @ApiOkResponse({ type: [StaffDispositionResponse] })
  @ApiErrors(ErrorCode.Forbidden, ErrorCode.CommentNotFound)
  history(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<StaffDispositionDto[]> {
    return this.dispositions.history(id, actor);
  }

  @Post('comments/:id/dispositions')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Draft the city’s decision on a published comment (a new version when one was approved before)' })
  @ApiCreatedResponse({ type: StaffDispositionResponse })
  @ApiErrors(
    ...MUTATION_ERRORS,
    ErrorCode.Forbidden,
    ErrorCode.CommentNotFound,
    ErrorCode.DispositionNotAllowed,
    ErrorCode.DispositionDraftExists,
  )
  draft(@Param('id') id: string, @Body() body: DraftDispositionBody, @CurrentUser() actor: SessionUser): Promise<StaffDispositionDto> {
    return this.dispositions.draft(id, body, actor);
  }

  @Post('dispositions/bulk')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Draft the same decision for many comments (ids, or a near-duplicate group): all or none' })
  @ApiCreatedResponse({ type: BulkDispositionResultResponse })
  @ApiErrors(
    ...MUTATION_ERRORS,
    ErrorCode.Forbidden,
    ErrorCode.CommentNotFound,
    ErrorCode.DispositionNotAllowed,
    ErrorCode.DispositionDraftExists,
  )
  draftBulk(@Body() body: BulkDispositionBody, @CurrentUser() actor: SessionUser): Promise<BulkDispositionResultDto> {
    return this.dispositions.draftBulk(body, actor);
  }

  @Put('dispositions/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Edit a draft' })
  @ApiOkResponse({ type: StaffDispositionResponse })
  @ApiErrors(...CHANGE_ERRORS)
  edit(@Param('id') id: string, @Body() body: DraftDispositionBody, @CurrentUser() actor: SessionUser): Promise<StaffDispositionDto> {
    return this.dispositions.edit(id, body, actor);
  }

  @Delete('dispositions/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Withdraw a draft (kept in the history)' })
  @ApiOkResponse({ type: StaffDispositionResponse })
  @ApiErrors(...CHANGE_ERRORS)
  withdraw(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<StaffDispositionDto> {
    return this.dispositions.withdraw(id, actor);
  }

  @Post('dispositions/:id/approve')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Approve a draft: it becomes the public decision and the author is e-mailed. The drafter may not, unless the consultation allows one step',
  })
  @ApiOkResponse({ type: StaffDispositionResponse })
  @ApiErrors(...CHANGE_ERRORS, ErrorCode.DispositionSelfApproval)
  approve(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<StaffDispositionDto> {
    return this.dispositions.approve(id, actor);
  }
}
