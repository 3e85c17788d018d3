import { RetryAfterInterceptor } from '@consulta/api/core';
import { ApiErrors, Authenticated, CurrentUser, MUTATION_ERRORS, RequireVerifiedEmail, type SessionUser } from '@consulta/api/identity';
import { ErrorCode, ModerationItemType, ReportReceiptDto } from '@consulta/shared/contracts';
import { Body, Controller, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReportService } from '../services/report.service';
import { CreateReportBody } from './requests';
import { ReportReceiptResponse } from './responses';

const REPORT_ERRORS = [
  ...MUTATION_ERRORS,
  ErrorCode.Unauthenticated,
  ErrorCode.EmailNotVerified,
  ErrorCode.AlreadyReported,
  ErrorCode.CannotReportOwn,
  ErrorCode.ReportTargetNotAvailable,
  ErrorCode.RateLimited,
] as const;

/** Residents report published comments and replies to the moderators. */
@ApiTags('reports')
@Controller()
@UseInterceptors(RetryAfterInterceptor)
export class ReportsController {
  constructor(private readonly reports: ReportService) {}

  @Post('comments/:id/reports')
  @Authenticated()
  @RequireVerifiedEmail()
  @ApiOperation({
    summary: 'Report a published comment (once per person); enough reports hide it until a moderator decides',
    description: 'The author never learns who reported.',
  })
  @ApiCreatedResponse({ type: ReportReceiptResponse })
  @ApiErrors(...REPORT_ERRORS, ErrorCode.CommentNotFound)
  reportComment(@Param('id') id: string, @Body() body: CreateReportBody, @CurrentUser() actor: SessionUser): Promise<ReportReceiptDto> {
    return this.reports.report(ModerationItemType.Comment, id, body, actor);
  }

  @Post('replies/:id/reports')
  @Authenticated()
  @RequireVerifiedEmail()
  @ApiOperation({ summary: 'Report a published reply (once per person); enough reports hide it until a moderator decides' })
  @ApiCreatedResponse({ type: ReportReceiptResponse })
  @ApiErrors(...REPORT_ERRORS, ErrorCode.ReplyNotFound)
  reportReply(@Param('id') id: string, @Body() body: CreateReportBody, @CurrentUser() actor: SessionUser): Promise<ReportReceiptDto> {
    return this.reports.report(ModerationItemType.Reply, id, body, actor);
  }
}
