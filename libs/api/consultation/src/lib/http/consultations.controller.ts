import { ApiErrorResponse, DomainException } from '@consulta/api/core';
import { CurrentUser, Public } from '@consulta/api/identity';
import {
  ConsultationDetailDto,
  ConsultationSummaryDto,
  DocumentVersionDto,
  DocumentVersionSummaryDto,
  ErrorCode,
} from '@consulta/shared/contracts';
import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsultationService, Viewer } from '../consultation.service';
import { PublicConsultationListQuery } from './requests';
import {
  ConsultationDetailResponse,
  ConsultationSummaryResponse,
  DocumentVersionResponse,
  DocumentVersionSummaryResponse,
} from './responses';

const versionNumber = new ParseIntPipe({
  exceptionFactory: () => new DomainException(ErrorCode.DocumentVersionNotFound, 'There is no such document version.'),
});

/** What anyone may read. Drafts answer 404 except to staff. */
@ApiTags('consultations')
@Controller('consultations')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published consultations: open first (closing soonest), then upcoming, closed and with a report.' })
  @ApiOkResponse({ type: [ConsultationSummaryResponse] })
  @ApiBadRequestResponse({ type: ApiErrorResponse, description: 'VALIDATION_FAILED: unknown status.' })
  list(@Query() query: PublicConsultationListQuery): Promise<ConsultationSummaryDto[]> {
    return this.consultations.listPublished(query.status);
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'A consultation with its current document version.' })
  @ApiOkResponse({ type: ConsultationDetailResponse })
  @ApiNotFoundResponse({ type: ApiErrorResponse, description: 'CONSULTATION_NOT_FOUND (also for drafts, unless staff).' })
  detail(@Param('slug') slug: string, @CurrentUser() viewer: Viewer | null | undefined): Promise<ConsultationDetailDto> {
    return this.consultations.getDetail(slug, viewer);
  }

  @Get(':slug/versions')
  @Public()
  @ApiOperation({ summary: 'Every document version, newest first.' })
  @ApiOkResponse({ type: [DocumentVersionSummaryResponse] })
  @ApiNotFoundResponse({ type: ApiErrorResponse, description: 'CONSULTATION_NOT_FOUND' })
  versions(@Param('slug') slug: string, @CurrentUser() viewer: Viewer | null | undefined): Promise<DocumentVersionSummaryDto[]> {
    return this.consultations.listVersions(slug, viewer);
  }

  @Get(':slug/versions/:number')
  @Public()
  @ApiOperation({ summary: 'One document version with its sections and paragraphs.' })
  @ApiOkResponse({ type: DocumentVersionResponse })
  @ApiNotFoundResponse({ type: ApiErrorResponse, description: 'CONSULTATION_NOT_FOUND or DOCUMENT_VERSION_NOT_FOUND' })
  version(
    @Param('slug') slug: string,
    @Param('number', versionNumber) number: number,
    @CurrentUser() viewer: Viewer | null | undefined,
  ): Promise<DocumentVersionDto> {
    return this.consultations.getVersion(slug, number, viewer);
  }
}
