import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import { ErrorCode, ReportCommentPageDto, ReportJobStartedDto, Role, StaffReportDto } from '@consulta/shared/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffReportService } from '../services/staff-report.service';
import { PublishReportBody, ReportCommentPageQuery, UpdateReportHeaderBody } from './requests';
import { ReportCommentPageResponse, ReportJobStartedResponse, StaffReportResponse } from './responses';

const STAFF = [Role.Moderator, Role.Admin] as const;
const READ_ERRORS = [ErrorCode.Unauthenticated, ErrorCode.Forbidden, ErrorCode.ConsultationNotFound] as const;

/** Staff: the report's draft (generate, edit the header, read the live table) and its publication. */
@ApiTags('reports')
@Controller('staff/consultations/:slug/report')
export class StaffReportController {
  constructor(private readonly reports: StaffReportService) {}

  @Get()
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The draft (state, running job, content) and every published version' })
  @ApiOkResponse({ type: StaffReportResponse })
  @ApiErrors(...READ_ERRORS)
  get(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<StaffReportDto> {
    return this.reports.get(slug, actor);
  }

  @Post('draft')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Generate (or regenerate) the draft from the data as a background job; header edits are kept' })
  @ApiAcceptedResponse({ type: ReportJobStartedResponse })
  @ApiErrors(...MUTATION_ERRORS, ...READ_ERRORS, ErrorCode.ReportBusy)
  generate(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<ReportJobStartedDto> {
    return this.reports.generate(slug, actor);
  }

  @Patch('header')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Edit the header of the draft (fields sent change; kept when the draft is regenerated)' })
  @ApiOkResponse({ type: StaffReportResponse })
  @ApiErrors(...MUTATION_ERRORS, ...READ_ERRORS, ErrorCode.ReportDraftMissing)
  updateHeader(
    @Param('slug') slug: string,
    @Body() body: UpdateReportHeaderBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<StaffReportDto> {
    return this.reports.updateHeader(slug, body, actor);
  }

  @Get('draft/comments')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The table of published comments as it stands now (live data), in report order' })
  @ApiOkResponse({ type: ReportCommentPageResponse })
  @ApiErrors(...READ_ERRORS, ErrorCode.ValidationFailed, ErrorCode.CursorInvalid)
  draftComments(
    @Param('slug') slug: string,
    @Query() query: ReportCommentPageQuery,
    @CurrentUser() actor: SessionUser,
  ): Promise<ReportCommentPageDto> {
    return this.reports.draftComments(slug, query.cursor, query.limit, actor);
  }

  @Post('publish')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Publish the next version (a background job): only once the consultation has closed; a change note from version 2 on',
  })
  @ApiAcceptedResponse({ type: ReportJobStartedResponse })
  @ApiErrors(
    ...MUTATION_ERRORS,
    ...READ_ERRORS,
    ErrorCode.ReportConsultationNotClosed,
    ErrorCode.ReportDraftMissing,
    ErrorCode.ReportChangeNoteRequired,
    ErrorCode.ReportBusy,
  )
  publish(@Param('slug') slug: string, @Body() body: PublishReportBody, @CurrentUser() actor: SessionUser): Promise<ReportJobStartedDto> {
    return this.reports.publish(slug, body, actor);
  }
}
