import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import { DiscoveryRunDto, ErrorCode, ThemeDto, ThemeJobStartedDto, ThemeProposalDto } from '@consulta/shared/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DiscoveryService } from '../services/discovery.service';
import { AcceptProposalBody, MergeProposalsBody, RenameProposalBody } from './requests';
import { DiscoveryRunResponse, ThemeJobStartedResponse, ThemeProposalResponse, ThemeResponse } from './responses';
import { STAFF, THEMES_BASE } from './themes.controller';

const READ_ERRORS = [ErrorCode.Unauthenticated, ErrorCode.Forbidden, ErrorCode.ConsultationNotFound] as const;
const PROPOSAL_ERRORS = [...MUTATION_ERRORS, ...READ_ERRORS, ErrorCode.ThemeProposalNotFound, ErrorCode.ThemeProposalNotOpen] as const;

/** Discovery of new themes among uncovered comments (a background job) and staff's work on the proposals. */
@ApiTags('themes')
@Controller(THEMES_BASE)
export class ThemeDiscoveryController {
  constructor(private readonly discovery: DiscoveryService) {}

  @Post('discovery')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Start a discovery over the published comments no theme covers (a job; while one runs, its id is answered again)',
  })
  @ApiAcceptedResponse({ type: ThemeJobStartedResponse })
  @ApiErrors(...MUTATION_ERRORS, ...READ_ERRORS)
  start(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<ThemeJobStartedDto> {
    return this.discovery.start(slug, actor);
  }

  @Get('discovery/latest')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The latest discovery and its proposals (finishedAt null while its job runs)' })
  @ApiOkResponse({ type: DiscoveryRunResponse })
  @ApiErrors(...READ_ERRORS, ErrorCode.ThemeDiscoveryNotFound)
  latest(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<DiscoveryRunDto> {
    return this.discovery.latest(slug, actor);
  }

  @Post('proposals/merge')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Merge open proposals of one run into the first' })
  @ApiOkResponse({ type: ThemeProposalResponse })
  @ApiErrors(...PROPOSAL_ERRORS, ErrorCode.ThemeProposalsNotMergeable)
  merge(@Param('slug') slug: string, @Body() body: MergeProposalsBody, @CurrentUser() actor: SessionUser): Promise<ThemeProposalDto> {
    return this.discovery.merge(slug, body, actor);
  }

  @Patch('proposals/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Rename an open proposal' })
  @ApiOkResponse({ type: ThemeProposalResponse })
  @ApiErrors(...PROPOSAL_ERRORS)
  rename(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() body: RenameProposalBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ThemeProposalDto> {
    return this.discovery.rename(slug, id, body, actor);
  }

  @Post('proposals/:id/accept')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept: creates the theme (origin discovery) with the proposal’s comments' })
  @ApiOkResponse({ type: ThemeResponse })
  @ApiErrors(...PROPOSAL_ERRORS, ErrorCode.ThemeNameTaken, ErrorCode.ThemeLimitReached)
  accept(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() body: AcceptProposalBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ThemeDto> {
    return this.discovery.accept(slug, id, body, actor);
  }

  @Post('proposals/:id/discard')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Discard an open proposal' })
  @ApiOkResponse({ type: ThemeProposalResponse })
  @ApiErrors(...PROPOSAL_ERRORS)
  discard(@Param('slug') slug: string, @Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<ThemeProposalDto> {
    return this.discovery.discard(slug, id, actor);
  }

  @Post('proposals/:id/split')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Split an open proposal in two by clustering its comments again (deterministic)' })
  @ApiOkResponse({ type: [ThemeProposalResponse] })
  @ApiErrors(...PROPOSAL_ERRORS, ErrorCode.ThemeProposalNotSplittable)
  split(@Param('slug') slug: string, @Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<ThemeProposalDto[]> {
    return this.discovery.split(slug, id, actor);
  }
}
