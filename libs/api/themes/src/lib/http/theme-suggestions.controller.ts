import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import { ErrorCode, ThemeJobStartedDto, ThemeSuggestionDto, ThemeSuggestionPageDto } from '@consulta/shared/contracts';
import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SuggestionService } from '../services/suggestion.service';
import { SuggestionQueryParams } from './requests';
import { ThemeJobStartedResponse, ThemeSuggestionPageResponse, ThemeSuggestionResponse } from './responses';
import { STAFF, THEMES_BASE } from './themes.controller';

const READ_ERRORS = [ErrorCode.Unauthenticated, ErrorCode.Forbidden, ErrorCode.ConsultationNotFound] as const;

/** Suggestions of existing themes (a background job) and staff's decisions on them. */
@ApiTags('themes')
@Controller(THEMES_BASE)
export class ThemeSuggestionsController {
  constructor(private readonly suggestions: SuggestionService) {}

  @Post('suggestions/run')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Start computing suggestions (a job; while one runs, its id is answered again)' })
  @ApiAcceptedResponse({ type: ThemeJobStartedResponse })
  @ApiErrors(...MUTATION_ERRORS, ...READ_ERRORS)
  run(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<ThemeJobStartedDto> {
    return this.suggestions.start(slug, actor);
  }

  @Get('suggestions')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Suggestions, most confident first (default: pending)' })
  @ApiOkResponse({ type: ThemeSuggestionPageResponse })
  @ApiErrors(...READ_ERRORS, ErrorCode.ValidationFailed, ErrorCode.ThemeNotFound, ErrorCode.CursorInvalid)
  list(
    @Param('slug') slug: string,
    @Query() query: SuggestionQueryParams,
    @CurrentUser() actor: SessionUser,
  ): Promise<ThemeSuggestionPageDto> {
    return this.suggestions.page(slug, query, actor);
  }

  @Post('suggestions/:id/accept')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept: the comment is assigned to the theme (source: suggestion)' })
  @ApiOkResponse({ type: ThemeSuggestionResponse })
  @ApiErrors(...MUTATION_ERRORS, ...READ_ERRORS, ErrorCode.ThemeSuggestionNotFound, ErrorCode.ThemeSuggestionNotPending)
  accept(@Param('slug') slug: string, @Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<ThemeSuggestionDto> {
    return this.suggestions.accept(slug, id, actor);
  }

  @Post('suggestions/:id/reject')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reject: never suggested again for this comment' })
  @ApiOkResponse({ type: ThemeSuggestionResponse })
  @ApiErrors(...MUTATION_ERRORS, ...READ_ERRORS, ErrorCode.ThemeSuggestionNotFound, ErrorCode.ThemeSuggestionNotPending)
  reject(@Param('slug') slug: string, @Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<ThemeSuggestionDto> {
    return this.suggestions.reject(slug, id, actor);
  }
}
