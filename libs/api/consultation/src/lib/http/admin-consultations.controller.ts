import { ApiErrorResponse } from '@consulta/api/core';
import { Roles } from '@consulta/api/identity';
import { ConsultationDetailDto, ConsultationSummaryDto, ImportDocumentResultDto, Role } from '@consulta/shared/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ConsultationService } from '../consultation.service';
import { DocumentImportService } from '../document-import.service';
import { AdminConsultationListQuery, CreateConsultationBody, ImportDocumentBody, UpdateConsultationBody } from './requests';
import { ConsultationDetailResponse, ConsultationSummaryResponse, ImportDocumentResultResponse } from './responses';

/** Staff management of consultations and their documents. */
@ApiTags('admin: consultations')
@ApiUnauthorizedResponse({ type: ApiErrorResponse, description: 'UNAUTHENTICATED' })
@ApiForbiddenResponse({ type: ApiErrorResponse, description: 'FORBIDDEN: the role may not do this.' })
@Controller('admin/consultations')
export class AdminConsultationsController {
  constructor(
    private readonly consultations: ConsultationService,
    private readonly imports: DocumentImportService,
  ) {}

  @Get()
  @Roles(Role.Admin, Role.Moderator)
  @ApiOperation({ summary: 'Every consultation, drafts included.' })
  @ApiOkResponse({ type: [ConsultationSummaryResponse] })
  list(@Query() query: AdminConsultationListQuery): Promise<ConsultationSummaryDto[]> {
    return this.consultations.listAll(query.status);
  }

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create a consultation (a draft unless published is true).' })
  @ApiCreatedResponse({ type: ConsultationDetailResponse })
  @ApiBadRequestResponse({
    type: ApiErrorResponse,
    description: 'VALIDATION_FAILED, SLUG_INVALID, CONSULTATION_DATES_INVALID, AREA_INVALID',
  })
  @ApiConflictResponse({ type: ApiErrorResponse, description: 'SLUG_TAKEN' })
  create(@Body() body: CreateConsultationBody): Promise<ConsultationDetailDto> {
    return this.consultations.create(body);
  }

  @Patch(':slug')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Change a consultation; the slug cannot change.' })
  @ApiOkResponse({ type: ConsultationDetailResponse })
  @ApiBadRequestResponse({ type: ApiErrorResponse, description: 'VALIDATION_FAILED, CONSULTATION_DATES_INVALID, AREA_INVALID' })
  @ApiNotFoundResponse({ type: ApiErrorResponse, description: 'CONSULTATION_NOT_FOUND' })
  update(@Param('slug') slug: string, @Body() body: UpdateConsultationBody): Promise<ConsultationDetailDto> {
    return this.consultations.update(slug, body);
  }

  @Post(':slug/versions')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.Admin, Role.Moderator)
  @ApiOperation({
    summary: 'Import a new document version from Markdown.',
    description:
      'Keys of unchanged or lightly edited paragraphs are carried over. An identical text creates no version and answers with the current one.',
  })
  @ApiCreatedResponse({ type: ImportDocumentResultResponse })
  @ApiBadRequestResponse({ type: ApiErrorResponse, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ApiErrorResponse, description: 'CONSULTATION_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    type: ApiErrorResponse,
    description: 'MARKDOWN_INVALID, with one detail per problem: { line, message }.',
  })
  importVersion(@Param('slug') slug: string, @Body() body: ImportDocumentBody): Promise<ImportDocumentResultDto> {
    return this.imports.importVersion(slug, body);
  }
}
