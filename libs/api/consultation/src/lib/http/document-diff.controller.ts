import { DomainException } from '@consulta/api/core';
import { ApiErrors, CurrentUser, MUTATION_ERRORS, Public, Roles, type SessionUser } from '@consulta/api/identity';
import { DocumentDiffDto, ErrorCode, ParagraphChangeDto, Role } from '@consulta/shared/contracts';
import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Viewer } from '../consultation.service';
import { DocumentDiffService } from '../document/document-diff.service';
import { ChangeLinksBody, DocumentDiffQuery } from './requests';
import { DocumentDiffResponse, ParagraphChangeResponse } from './responses';

const STAFF = [Role.Moderator, Role.Admin] as const;

const versionNumber = new ParseIntPipe({
  exceptionFactory: () => new DomainException(ErrorCode.DocumentVersionNotFound, 'There is no such document version.'),
});

/**
 * What changed in the text between two document versions (public, like the versions), and the staff links of each
 * change to the themes and comments that led to it. Registered before ConsultationsController so that
 * `versions/diff` is not taken for a version number.
 */
@ApiTags('consultations')
@Controller()
export class DocumentDiffController {
  constructor(private readonly diffs: DocumentDiffService) {}

  @Get('consultations/:slug/versions/diff')
  @Public()
  @ApiOperation({
    summary: 'Paragraph- and word-level changes between two document versions.',
    description: 'Paragraphs are matched by their stable key; unchanged ones are not listed. from = to answers no changes.',
  })
  @ApiOkResponse({ type: DocumentDiffResponse })
  @ApiErrors(
    ErrorCode.ValidationFailed,
    ErrorCode.DocumentDiffRangeInvalid,
    ErrorCode.ConsultationNotFound,
    ErrorCode.DocumentVersionNotFound,
  )
  diff(
    @Param('slug') slug: string,
    @Query() query: DocumentDiffQuery,
    @CurrentUser() viewer: Viewer | null | undefined,
  ): Promise<DocumentDiffDto> {
    return this.diffs.diffForViewer(slug, query.from, query.to, viewer);
  }

  @Put('staff/consultations/:slug/versions/:to/changes/:paragraphKey/links')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Link the change of one paragraph made by version `to` to the themes and comments that led to it.',
    description: 'Replaces the links; empty lists remove them. The paragraph must be a change of version to − 1 → to.',
  })
  @ApiOkResponse({ type: ParagraphChangeResponse })
  @ApiErrors(
    ...MUTATION_ERRORS,
    ErrorCode.Unauthenticated,
    ErrorCode.Forbidden,
    ErrorCode.ConsultationNotFound,
    ErrorCode.DocumentVersionNotFound,
    ErrorCode.DocumentChangeNotFound,
    ErrorCode.DocumentChangeLinkInvalid,
  )
  updateLinks(
    @Param('slug') slug: string,
    @Param('to', versionNumber) to: number,
    @Param('paragraphKey') paragraphKey: string,
    @Body() body: ChangeLinksBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ParagraphChangeDto> {
    return this.diffs.updateLinks(slug, to, paragraphKey, body, actor);
  }
}
