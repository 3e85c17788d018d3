import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import {
  ErrorCode,
  Role,
  SeedThemesResultDto,
  ThemeAssignmentResultDto,
  ThemeCommentPageDto,
  ThemeDto,
  ThemeOverviewDto,
} from '@consulta/shared/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OverviewService } from '../services/overview.service';
import { ThemeCommentService } from '../services/theme-comment.service';
import { ThemeService } from '../services/theme.service';
import {
  CreateThemeBody,
  MergeThemesBody,
  SeedThemesBody,
  ThemeAssignmentBody,
  ThemeCommentQueryParams,
  UpdateThemeBody,
} from './requests';
import {
  SeedThemesResultResponse,
  ThemeAssignmentResultResponse,
  ThemeCommentPageResponse,
  ThemeOverviewResponse,
  ThemeResponse,
} from './responses';

export const STAFF = [Role.Moderator, Role.Admin] as const;
export const THEMES_BASE = 'staff/consultations/:slug/themes';
const READ_ERRORS = [ErrorCode.Unauthenticated, ErrorCode.Forbidden, ErrorCode.ConsultationNotFound] as const;
const WRITE_ERRORS = [...MUTATION_ERRORS, ...READ_ERRORS] as const;

/** Themes of a consultation, their comments, bulk assignment and the overview (staff). */
@ApiTags('themes')
@Controller(THEMES_BASE)
export class ThemesController {
  constructor(
    private readonly themes: ThemeService,
    private readonly themeComments: ThemeCommentService,
    private readonly overviews: OverviewService,
  ) {}

  @Get()
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The consultation’s themes, by name' })
  @ApiOkResponse({ type: [ThemeResponse] })
  @ApiErrors(...READ_ERRORS)
  list(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<ThemeDto[]> {
    return this.themes.list(slug, actor);
  }

  @Post()
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Create a theme' })
  @ApiCreatedResponse({ type: ThemeResponse })
  @ApiErrors(...WRITE_ERRORS, ErrorCode.ThemeNameTaken, ErrorCode.ThemeLimitReached)
  create(@Param('slug') slug: string, @Body() body: CreateThemeBody, @CurrentUser() actor: SessionUser): Promise<ThemeDto> {
    return this.themes.create(slug, body, actor);
  }

  @Post('seed')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Create several themes from a list; names already present are skipped' })
  @ApiCreatedResponse({ type: SeedThemesResultResponse })
  @ApiErrors(...WRITE_ERRORS, ErrorCode.ThemeLimitReached)
  seed(@Param('slug') slug: string, @Body() body: SeedThemesBody, @CurrentUser() actor: SessionUser): Promise<SeedThemesResultDto> {
    return this.themes.seed(slug, body, actor);
  }

  @Get('comments')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Published comments with their themes, oldest first; filter by theme (or none) and words' })
  @ApiOkResponse({ type: ThemeCommentPageResponse })
  @ApiErrors(...READ_ERRORS, ErrorCode.ValidationFailed, ErrorCode.ThemeNotFound, ErrorCode.CursorInvalid, ErrorCode.SearchQueryInvalid)
  comments(
    @Param('slug') slug: string,
    @Query() query: ThemeCommentQueryParams,
    @CurrentUser() actor: SessionUser,
  ): Promise<ThemeCommentPageDto> {
    return this.themeComments.page(slug, query, actor);
  }

  @Post('assignments')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Assign comments to a theme: all or none' })
  @ApiOkResponse({ type: ThemeAssignmentResultResponse })
  @ApiErrors(...WRITE_ERRORS, ErrorCode.ThemeNotFound, ErrorCode.CommentNotFound)
  assign(
    @Param('slug') slug: string,
    @Body() body: ThemeAssignmentBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ThemeAssignmentResultDto> {
    return this.themes.assign(slug, body, actor);
  }

  @Post('assignments/remove')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Remove comments from a theme: all or none' })
  @ApiOkResponse({ type: ThemeAssignmentResultResponse })
  @ApiErrors(...WRITE_ERRORS, ErrorCode.ThemeNotFound, ErrorCode.CommentNotFound)
  unassign(
    @Param('slug') slug: string,
    @Body() body: ThemeAssignmentBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ThemeAssignmentResultDto> {
    return this.themes.unassign(slug, body, actor);
  }

  @Get('overview')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Each theme’s published comments: count, stance, areas, sections, representative comments' })
  @ApiOkResponse({ type: ThemeOverviewResponse })
  @ApiErrors(...READ_ERRORS)
  overview(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<ThemeOverviewDto> {
    return this.overviews.get(slug, actor);
  }

  @Patch(':id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Edit a theme (fields sent change; response null clears the city’s answer)' })
  @ApiOkResponse({ type: ThemeResponse })
  @ApiErrors(...WRITE_ERRORS, ErrorCode.ThemeNotFound, ErrorCode.ThemeNameTaken)
  update(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() body: UpdateThemeBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ThemeDto> {
    return this.themes.update(slug, id, body, actor);
  }

  @Delete(':id')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a theme (its assignments and suggestions go with it)' })
  @ApiNoContentResponse()
  @ApiErrors(...WRITE_ERRORS, ErrorCode.ThemeNotFound)
  delete(@Param('slug') slug: string, @Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<void> {
    return this.themes.delete(slug, id, actor);
  }

  @Post(':id/merge')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Move every comment of this theme to another, then delete this one' })
  @ApiOkResponse({ type: ThemeResponse })
  @ApiErrors(...WRITE_ERRORS, ErrorCode.ThemeNotFound, ErrorCode.ThemeMergeInvalid)
  merge(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() body: MergeThemesBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ThemeDto> {
    return this.themes.merge(slug, id, body, actor);
  }
}
