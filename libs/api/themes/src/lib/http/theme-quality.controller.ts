import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import { ErrorCode, QualitySampleDto, QualitySampleItemDto, ThemeQualityDto } from '@consulta/shared/contracts';
import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QualityService } from '../services/quality.service';
import { CodeSampleItemBody, QualitySampleBody } from './requests';
import { QualitySampleItemResponse, QualitySampleResponse, ThemeQualityResponse } from './responses';
import { STAFF, THEMES_BASE } from './themes.controller';

const READ_ERRORS = [ErrorCode.Unauthenticated, ErrorCode.Forbidden, ErrorCode.ConsultationNotFound] as const;

/** The in-app quality check: staff code a random sample by hand and see how far the suggestions agree. */
@ApiTags('themes')
@Controller(THEMES_BASE)
export class ThemeQualityController {
  constructor(private readonly quality: QualityService) {}

  @Post('quality/samples')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Draw a random sample of published comments (seeded, stored)' })
  @ApiCreatedResponse({ type: QualitySampleResponse })
  @ApiErrors(...MUTATION_ERRORS, ...READ_ERRORS)
  create(@Param('slug') slug: string, @Body() body: QualitySampleBody, @CurrentUser() actor: SessionUser): Promise<QualitySampleDto> {
    return this.quality.createSample(slug, body, actor);
  }

  @Get('quality/samples/latest')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The latest sample with the coding so far' })
  @ApiOkResponse({ type: QualitySampleResponse })
  @ApiErrors(...READ_ERRORS, ErrorCode.QualitySampleNotFound)
  latest(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<QualitySampleDto> {
    return this.quality.latest(slug, actor);
  }

  @Put('quality/samples/:id/items/:commentId')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Code one sampled comment: the themes it belongs to (possibly none)' })
  @ApiOkResponse({ type: QualitySampleItemResponse })
  @ApiErrors(
    ...MUTATION_ERRORS,
    ...READ_ERRORS,
    ErrorCode.QualitySampleNotFound,
    ErrorCode.QualitySampleItemNotFound,
    ErrorCode.ThemeNotFound,
  )
  code(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Param('commentId') commentId: string,
    @Body() body: CodeSampleItemBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<QualitySampleItemDto> {
    return this.quality.code(slug, id, commentId, body, actor);
  }

  @Get('quality/samples/:id/score')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Precision, recall and F1 of the suggestions against the coding (suggester trained without the sample)' })
  @ApiOkResponse({ type: ThemeQualityResponse })
  @ApiErrors(...READ_ERRORS, ErrorCode.QualitySampleNotFound)
  score(@Param('slug') slug: string, @Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<ThemeQualityDto> {
    return this.quality.score(slug, id, actor);
  }
}
