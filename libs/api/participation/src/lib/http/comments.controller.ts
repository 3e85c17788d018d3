import { RetryAfterInterceptor } from '@consulta/api/core';
import {
  ApiErrors,
  Authenticated,
  Client,
  type ClientContext,
  CurrentUser,
  MUTATION_ERRORS,
  Public,
  RequireVerifiedEmail,
  type SessionUser,
} from '@consulta/api/identity';
import {
  AgreementDto,
  CommentCountsDto,
  CommentDto,
  CommentPageDto,
  ErrorCode,
  IDEMPOTENCY_KEY_HEADER,
  ReplyDto,
  ReplyPageDto,
} from '@consulta/shared/contracts';
import {
  applyDecorators,
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AgreementService } from '../services/agreement.service';
import { CommentService, Created } from '../services/comment.service';
import { PublicReadCache } from '../services/public-read-cache';
import { ReplyService } from '../services/reply.service';
import { CreateCommentBody, CreateReplyBody, ListCommentsQueryParams, UpdateCommentBody } from './requests';
import {
  AgreementResponse,
  CommentCountsResponse,
  CommentPageResponse,
  CommentResponse,
  ReplyPageResponse,
  ReplyResponse,
} from './responses';

const IDEMPOTENCY_HEADER_DOC = ApiHeader({
  name: IDEMPOTENCY_KEY_HEADER,
  required: false,
  description:
    'A fresh random value per submission, resent unchanged on retries: the same key returns the first result (200) instead of creating another; the same key with another body is IDEMPOTENCY_KEY_CONFLICT.',
});

const SUBMIT_ERRORS = [
  ...MUTATION_ERRORS,
  ErrorCode.Unauthenticated,
  ErrorCode.EmailNotVerified,
  ErrorCode.SuspectedBot,
  ErrorCode.TextInvalid,
  ErrorCode.IdempotencyKeyInvalid,
  ErrorCode.IdempotencyKeyConflict,
  ErrorCode.ConsultationNotOpen,
  ErrorCode.RateLimited,
] as const;

/** Answers 201 for a new resource and 200 for an Idempotency-Key replay of an earlier one. */
function created<T>(response: Response, result: Created<T>): T {
  response.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
  return result.value;
}

/** What the four agreement routes (comments and replies, agree and take back) have in common. */
function AgreementEndpoint(summary: string, notFound: ErrorCode, conflict: ErrorCode): MethodDecorator {
  return applyDecorators(
    Authenticated(),
    RequireVerifiedEmail(),
    ApiOperation({ summary }),
    ApiOkResponse({ type: AgreementResponse }),
    ApiErrors(
      ErrorCode.CsrfTokenInvalid,
      ErrorCode.Unauthenticated,
      ErrorCode.EmailNotVerified,
      notFound,
      conflict,
      ErrorCode.CannotAgreeWithOwn,
      ErrorCode.ConsultationNotOpen,
    ),
  );
}

@ApiTags('comments')
@Controller()
@UseInterceptors(RetryAfterInterceptor)
export class CommentsController {
  constructor(
    private readonly comments: CommentService,
    private readonly replies: ReplyService,
    private readonly agreements: AgreementService,
    /** Anonymous visitors' reads (most of the traffic) are served from it; signed-in people always read the database. */
    private readonly publicReads: PublicReadCache,
  ) {}

  @Get('consultations/:slug/comments')
  @Public()
  @ApiOperation({
    summary: 'Comments on a consultation, a section or a paragraph, one keyset page at a time',
    description:
      'Published comments; a signed-in author also gets their own pending, rejected and hidden ones (see `state`), staff also every pending one. `total` counts published comments matching the filter only.',
  })
  @ApiOkResponse({ type: CommentPageResponse })
  @ApiErrors(ErrorCode.ValidationFailed, ErrorCode.CursorInvalid, ErrorCode.ConsultationNotFound)
  list(
    @Param('slug') slug: string,
    @Query() query: ListCommentsQueryParams,
    @CurrentUser() viewer: SessionUser | null,
  ): Promise<CommentPageDto> {
    if (viewer) return this.comments.list(slug, query, viewer);
    const { section, paragraph, sort, cursor, limit } = query;
    return this.publicReads.get(JSON.stringify(['list', slug, section, paragraph, sort, cursor, limit]), () =>
      this.comments.list(slug, query, null),
    );
  }

  @Get('consultations/:slug/comment-counts')
  @Public()
  @ApiOperation({ summary: 'Published comment counts per section and paragraph (the same numbers the lists return as total)' })
  @ApiOkResponse({ type: CommentCountsResponse })
  @ApiErrors(ErrorCode.ConsultationNotFound)
  counts(@Param('slug') slug: string, @CurrentUser() viewer: SessionUser | null): Promise<CommentCountsDto> {
    if (viewer) return this.comments.counts(slug, viewer);
    return this.publicReads.get(JSON.stringify(['counts', slug]), () => this.comments.counts(slug, null));
  }

  @Post('consultations/:slug/comments')
  @Authenticated()
  @RequireVerifiedEmail()
  @ApiOperation({
    summary: 'Comment on a section, a paragraph or a quoted passage of the current document version',
    description: 'Pending (awaiting moderation) in pre-moderated consultations, published otherwise. Staff comments are published at once.',
  })
  @IDEMPOTENCY_HEADER_DOC
  @ApiCreatedResponse({ type: CommentResponse })
  @ApiOkResponse({ type: CommentResponse, description: 'An Idempotency-Key retry: the comment the first request created.' })
  @ApiErrors(
    ...SUBMIT_ERRORS,
    ErrorCode.ConsultationNotFound,
    ErrorCode.SectionNotFound,
    ErrorCode.ParagraphNotFound,
    ErrorCode.QuoteNotInParagraph,
    ErrorCode.AreaUnknown,
    ErrorCode.OrganisationNameRequired,
    ErrorCode.ConsentRequired,
  )
  async create(
    @Param('slug') slug: string,
    @Body() body: CreateCommentBody,
    @CurrentUser() actor: SessionUser,
    @Headers(IDEMPOTENCY_KEY_HEADER.toLowerCase()) idempotencyKey: string | undefined,
    @Client() client: ClientContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommentDto> {
    return created(
      response,
      await this.comments.create(
        slug,
        { ...body, personalDataConsent: body.personalDataConsent as true },
        actor,
        idempotencyKey,
        client.ip,
      ),
    );
  }

  @Get('comments/:id')
  @Public()
  @ApiOperation({ summary: 'One comment: public when published; its author and staff see it in any state' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiErrors(ErrorCode.CommentNotFound)
  get(@Param('id') id: string, @CurrentUser() viewer: SessionUser | null): Promise<CommentDto> {
    return this.comments.get(id, viewer);
  }

  @Patch('comments/:id')
  @Authenticated()
  @RequireVerifiedEmail()
  @ApiOperation({ summary: 'Edit one’s own comment while it awaits moderation (the previous wording is kept for staff)' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiErrors(
    ...MUTATION_ERRORS,
    ErrorCode.Unauthenticated,
    ErrorCode.EmailNotVerified,
    ErrorCode.CommentNotFound,
    ErrorCode.CommentNotEditable,
    ErrorCode.ConsultationNotOpen,
    ErrorCode.AreaUnknown,
    ErrorCode.TextInvalid,
  )
  update(@Param('id') id: string, @Body() body: UpdateCommentBody, @CurrentUser() actor: SessionUser): Promise<CommentDto> {
    return this.comments.update(id, body, actor);
  }

  @Post('comments/:id/withdraw')
  @Authenticated()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw one’s own pending or published comment: it leaves every public list and count' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiErrors(
    ErrorCode.CsrfTokenInvalid,
    ErrorCode.Unauthenticated,
    ErrorCode.CommentNotFound,
    ErrorCode.CommentNotWithdrawable,
    ErrorCode.ConsultationNotOpen,
  )
  withdraw(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<CommentDto> {
    return this.comments.withdraw(id, actor);
  }

  @Get('comments/:id/replies')
  @Public()
  @ApiOperation({
    summary: 'The whole reply thread of a comment, flattened in display order',
    description:
      'Depth-first, siblings oldest first, each with `depth` (1 = reply to the comment). Replies the viewer may not see are left out; their visible descendants stay in place. `nextCursor` is always null (the whole thread is returned).',
  })
  @ApiOkResponse({ type: ReplyPageResponse })
  @ApiErrors(ErrorCode.CommentNotFound)
  thread(@Param('id') id: string, @CurrentUser() viewer: SessionUser | null): Promise<ReplyPageDto> {
    return this.replies.thread(id, viewer);
  }

  @Post('comments/:id/replies')
  @Authenticated()
  @RequireVerifiedEmail()
  @ApiOperation({
    summary: 'Reply to a published comment, or to a published reply in its thread (parentId)',
    description: 'Follows the consultation’s moderation mode; staff replies are published at once and may be official.',
  })
  @IDEMPOTENCY_HEADER_DOC
  @ApiCreatedResponse({ type: ReplyResponse })
  @ApiOkResponse({ type: ReplyResponse, description: 'An Idempotency-Key retry: the reply the first request created.' })
  @ApiErrors(...SUBMIT_ERRORS, ErrorCode.Forbidden, ErrorCode.CommentNotFound, ErrorCode.ReplyTargetNotAvailable)
  async reply(
    @Param('id') id: string,
    @Body() body: CreateReplyBody,
    @CurrentUser() actor: SessionUser,
    @Headers(IDEMPOTENCY_KEY_HEADER.toLowerCase()) idempotencyKey: string | undefined,
    @Client() client: ClientContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReplyDto> {
    return created(response, await this.replies.create(id, body, actor, idempotencyKey, client.ip));
  }

  @Put('comments/:id/agreement')
  @AgreementEndpoint('Agree with a published comment (once per person)', ErrorCode.CommentNotFound, ErrorCode.AlreadyAgreed)
  agree(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<AgreementDto> {
    return this.agreements.agree('comment', id, actor);
  }

  @Delete('comments/:id/agreement')
  @AgreementEndpoint('Take back one’s agreement with a comment', ErrorCode.CommentNotFound, ErrorCode.NotAgreed)
  disagree(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<AgreementDto> {
    return this.agreements.withdraw('comment', id, actor);
  }

  @Put('replies/:id/agreement')
  @AgreementEndpoint('Agree with a published reply (once per person)', ErrorCode.ReplyNotFound, ErrorCode.AlreadyAgreed)
  agreeWithReply(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<AgreementDto> {
    return this.agreements.agree('reply', id, actor);
  }

  @Delete('replies/:id/agreement')
  @AgreementEndpoint('Take back one’s agreement with a reply', ErrorCode.ReplyNotFound, ErrorCode.NotAgreed)
  disagreeWithReply(@Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<AgreementDto> {
    return this.agreements.withdraw('reply', id, actor);
  }
}
