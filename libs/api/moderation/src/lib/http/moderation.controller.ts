import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import {
  BulkDecisionResultDto,
  ClaimBatchDto,
  ErrorCode,
  ModerationItemDetailDto,
  ModerationItemType,
  ModerationQueueItemDto,
  ModerationQueuePageDto,
  ModerationSettingsDto,
  Role,
} from '@consulta/shared/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseEnumPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DecisionService } from '../services/decision.service';
import { QueueService } from '../services/queue.service';
import { SettingsService } from '../services/settings.service';
import {
  BulkDecisionBody,
  ClaimBatchBody,
  ModerationQueueQueryParams,
  RedactBody,
  RejectBody,
  UpdateModerationSettingsBody,
} from './requests';
import {
  BulkDecisionResultResponse,
  ClaimBatchResponse,
  ModerationItemDetailResponse,
  ModerationQueueItemResponse,
  ModerationQueuePageResponse,
  ModerationSettingsResponse,
} from './responses';

const STAFF = [Role.Moderator, Role.Admin] as const;
const ITEM = 'moderation/items/:type/:id';
const TYPE_PARAM = ApiParam({ name: 'type', enum: ModerationItemType, enumName: 'ModerationItemType' });
const ItemType = (): ParameterDecorator => Param('type', new ParseEnumPipe(ModerationItemType));
const DECISION_ERRORS = [
  ...MUTATION_ERRORS,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.CommentNotFound,
  ErrorCode.ReplyNotFound,
  ErrorCode.ItemClaimed,
] as const;

/** The staff side of moderation: queue, item detail, claims, decisions, per-consultation settings. */
@ApiTags('moderation')
@Controller()
export class ModerationController {
  constructor(
    private readonly queue: QueueService,
    private readonly decisions: DecisionService,
    private readonly settings: SettingsService,
  ) {}

  @Get('moderation/queue')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'The moderation queue: one keyset page of comments or replies matching the filters',
    description: 'Default: pending comments of every consultation, newest first. `q` searches words by prefix, diacritics optional.',
  })
  @ApiOkResponse({ type: ModerationQueuePageResponse })
  @ApiErrors(
    ErrorCode.ValidationFailed,
    ErrorCode.CursorInvalid,
    ErrorCode.SearchQueryInvalid,
    ErrorCode.ConsultationNotFound,
    ErrorCode.Forbidden,
  )
  list(@Query() query: ModerationQueueQueryParams, @CurrentUser() actor: SessionUser): Promise<ModerationQueuePageDto> {
    return this.queue.list(query, actor);
  }

  @Post('moderation/claims')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Claim the next pending items nobody holds (oldest first); others see who holds them until the claim expires' })
  @ApiOkResponse({ type: ClaimBatchResponse })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.Forbidden, ErrorCode.ConsultationNotFound)
  claimBatch(@Body() body: ClaimBatchBody, @CurrentUser() actor: SessionUser): Promise<ClaimBatchDto> {
    return this.queue.claimBatch(body, actor);
  }

  @Post('moderation/bulk')
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Approve or reject many items; each is decided on its own and the result says what happened to every id',
  })
  @ApiOkResponse({ type: BulkDecisionResultResponse })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.Forbidden)
  bulk(@Body() body: BulkDecisionBody, @CurrentUser() actor: SessionUser): Promise<BulkDecisionResultDto> {
    return this.decisions.bulk(body, actor);
  }

  @Get(ITEM)
  @Roles(...STAFF)
  @TYPE_PARAM
  @ApiOperation({ summary: 'One item with its flags (offsets to highlight), earlier wordings, reports (without reporters), redactions' })
  @ApiOkResponse({ type: ModerationItemDetailResponse })
  @ApiErrors(ErrorCode.Forbidden, ErrorCode.CommentNotFound, ErrorCode.ReplyNotFound)
  detail(
    @ItemType() type: ModerationItemType,
    @Param('id') id: string,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationItemDetailDto> {
    return this.queue.detail(type, id, actor);
  }

  @Put(`${ITEM}/claim`)
  @Roles(...STAFF)
  @TYPE_PARAM
  @ApiOperation({ summary: 'Claim one item, or extend one’s own claim' })
  @ApiOkResponse({ type: ModerationQueueItemResponse })
  @ApiErrors(...DECISION_ERRORS)
  claim(@ItemType() type: ModerationItemType, @Param('id') id: string, @CurrentUser() actor: SessionUser): Promise<ModerationQueueItemDto> {
    return this.queue.claim(type, id, actor);
  }

  @Delete(`${ITEM}/claim`)
  @Roles(...STAFF)
  @TYPE_PARAM
  @ApiOperation({ summary: 'Release one’s claim on an item' })
  @ApiOkResponse({ type: ModerationQueueItemResponse })
  @ApiErrors(...DECISION_ERRORS, ErrorCode.ItemNotClaimed)
  release(
    @ItemType() type: ModerationItemType,
    @Param('id') id: string,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationQueueItemDto> {
    return this.queue.release(type, id, actor);
  }

  @Post(`${ITEM}/approve`)
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @TYPE_PARAM
  @ApiOperation({ summary: 'Approve a pending item: it is published' })
  @ApiOkResponse({ type: ModerationQueueItemResponse })
  @ApiErrors(...DECISION_ERRORS, ErrorCode.ModerationNotPending)
  approve(
    @ItemType() type: ModerationItemType,
    @Param('id') id: string,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationQueueItemDto> {
    return this.decisions.approve(type, id, actor);
  }

  @Post(`${ITEM}/reject`)
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @TYPE_PARAM
  @ApiOperation({ summary: 'Reject a pending item with a reason and an optional note shown to the author' })
  @ApiOkResponse({ type: ModerationQueueItemResponse })
  @ApiErrors(...DECISION_ERRORS, ErrorCode.ModerationNotPending)
  reject(
    @ItemType() type: ModerationItemType,
    @Param('id') id: string,
    @Body() body: RejectBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationQueueItemDto> {
    return this.decisions.reject(type, id, body, actor);
  }

  @Post(`${ITEM}/hide`)
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @TYPE_PARAM
  @ApiOperation({ summary: 'Hide a published item with a reason (the author sees reason and note)' })
  @ApiOkResponse({ type: ModerationQueueItemResponse })
  @ApiErrors(...DECISION_ERRORS, ErrorCode.ModerationNotPublished)
  hide(
    @ItemType() type: ModerationItemType,
    @Param('id') id: string,
    @Body() body: RejectBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationQueueItemDto> {
    return this.decisions.hide(type, id, body, actor);
  }

  @Post(`${ITEM}/restore`)
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @TYPE_PARAM
  @ApiOperation({ summary: 'Restore a hidden item: it is published again' })
  @ApiOkResponse({ type: ModerationQueueItemResponse })
  @ApiErrors(...DECISION_ERRORS, ErrorCode.ModerationNotHidden)
  restore(
    @ItemType() type: ModerationItemType,
    @Param('id') id: string,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationQueueItemDto> {
    return this.decisions.restore(type, id, actor);
  }

  @Post(`${ITEM}/redact`)
  @Roles(...STAFF)
  @HttpCode(HttpStatus.OK)
  @TYPE_PARAM
  @ApiOperation({
    summary: 'Redact personal data: passages become “[usunięto dane osobowe]”, or the text is replaced; the original is kept for staff',
  })
  @ApiOkResponse({ type: ModerationQueueItemResponse })
  @ApiErrors(...DECISION_ERRORS, ErrorCode.RedactionInvalid, ErrorCode.ModerationNotRedactable)
  redact(
    @ItemType() type: ModerationItemType,
    @Param('id') id: string,
    @Body() body: RedactBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationQueueItemDto> {
    return this.decisions.redact(type, id, body, actor);
  }

  @Get('moderation/consultations/:slug/settings')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'A consultation’s moderation settings (report threshold)' })
  @ApiOkResponse({ type: ModerationSettingsResponse })
  @ApiErrors(ErrorCode.Forbidden, ErrorCode.ConsultationNotFound)
  getSettings(@Param('slug') slug: string, @CurrentUser() actor: SessionUser): Promise<ModerationSettingsDto> {
    return this.settings.get(slug, actor);
  }

  @Put('admin/consultations/:slug/moderation-settings')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Change a consultation’s moderation settings (admins; audited)' })
  @ApiOkResponse({ type: ModerationSettingsResponse })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.Forbidden, ErrorCode.ConsultationNotFound)
  updateSettings(
    @Param('slug') slug: string,
    @Body() body: UpdateModerationSettingsBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<ModerationSettingsDto> {
    return this.settings.update(slug, body, actor);
  }
}
