import {
  AUDIT_PAGE_MAX_LIMIT,
  AuditAction,
  AuditLogQuery,
  BULK_DECISION_MAX,
  BULK_DISPOSITION_MAX,
  BulkDispositionRequest,
  BulkAction,
  BulkDecisionRequest,
  CLAIM_BATCH_MAX,
  ClaimBatchRequest,
  ClaimFilter,
  COMMENT_MAX_LENGTH,
  CommentState,
  CreateReportRequest,
  DISPOSITION_JUSTIFICATION_MAX_LENGTH,
  DISPOSITION_JUSTIFICATION_MIN_LENGTH,
  DispositionDecision,
  DispositionProgress,
  DraftDispositionRequest,
  FlagReason,
  MODERATION_NOTE_MAX_LENGTH,
  MODERATION_PAGE_MAX_LIMIT,
  ModerationItemType,
  ModerationQueueQuery,
  ModerationQueueSort,
  OffPlatformSubmissionRequest,
  ORGANISATION_NAME_MAX_LENGTH,
  PROPOSED_WORDING_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  QueueFlagReason,
  RedactionRange,
  RedactRequest,
  RejectionReason,
  RejectRequest,
  REPORT_NOTE_MAX_LENGTH,
  REPORT_THRESHOLD_MAX,
  ReportReason,
  REPORTS_FLAG_REASON,
  SEARCH_QUERY_MAX_LENGTH,
  Stance,
  SubmissionChannel,
  SUBMITTER_NAME_MAX_LENGTH,
  SubmitterType,
  UpdateModerationSettingsRequest,
  UpdateWordListRequest,
  WORD_LIST_MAX_LENGTH,
} from '@consulta/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const QUEUE_FLAGS: QueueFlagReason[] = [...Object.values(FlagReason), REPORTS_FLAG_REASON];
const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class ModerationQueueQueryParams implements ModerationQueueQuery {
  @ApiPropertyOptional({ enum: ModerationItemType, enumName: 'ModerationItemType', default: ModerationItemType.Comment })
  @IsOptional()
  @IsEnum(ModerationItemType)
  type?: ModerationItemType;

  @ApiPropertyOptional({ description: 'Consultation slug; every consultation when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  consultation?: string;

  @ApiPropertyOptional({ enum: CommentState, enumName: 'CommentState', default: CommentState.Pending })
  @IsOptional()
  @IsEnum(CommentState)
  state?: CommentState;

  @ApiPropertyOptional({ description: 'Section key (replies: the section of their comment).' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  section?: string;

  @ApiPropertyOptional({ enum: Stance, enumName: 'Stance', description: 'Comments only (ignored for replies).' })
  @IsOptional()
  @IsEnum(Stance)
  stance?: Stance;

  @ApiPropertyOptional({ description: 'Area key (replies: the area of their comment).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  area?: string;

  @ApiPropertyOptional({ enum: SubmissionChannel, enumName: 'SubmissionChannel' })
  @IsOptional()
  @IsEnum(SubmissionChannel)
  channel?: SubmissionChannel;

  @ApiPropertyOptional({ enum: QUEUE_FLAGS, description: 'A flag reason, or "reports" for items held by residents’ reports.' })
  @IsOptional()
  @IsIn(QUEUE_FLAGS)
  flag?: QueueFlagReason;

  @ApiPropertyOptional({ type: Boolean, description: 'true: reported at least once; false: never reported.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  reported?: boolean;

  @ApiPropertyOptional({ enum: ClaimFilter, enumName: 'ClaimFilter' })
  @IsOptional()
  @IsEnum(ClaimFilter)
  claim?: ClaimFilter;

  @ApiPropertyOptional({ enum: DispositionProgress, enumName: 'DispositionProgress', description: 'Comments only.' })
  @IsOptional()
  @IsEnum(DispositionProgress)
  disposition?: DispositionProgress;

  @ApiPropertyOptional({ maxLength: SEARCH_QUERY_MAX_LENGTH, description: 'Words (prefixes, all required); diacritics optional.' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ enum: ModerationQueueSort, enumName: 'ModerationQueueSort', default: ModerationQueueSort.Newest })
  @IsOptional()
  @IsEnum(ModerationQueueSort)
  sort?: ModerationQueueSort;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (only valid with the same sort).' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MODERATION_PAGE_MAX_LIMIT, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MODERATION_PAGE_MAX_LIMIT)
  limit?: number;
}

export class ClaimBatchBody implements ClaimBatchRequest {
  @ApiPropertyOptional({ enum: ModerationItemType, enumName: 'ModerationItemType', default: ModerationItemType.Comment })
  @IsOptional()
  @IsEnum(ModerationItemType)
  type?: ModerationItemType;

  @ApiPropertyOptional({ description: 'Consultation slug; every consultation when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  consultation?: string;

  @ApiProperty({ minimum: 1, maximum: CLAIM_BATCH_MAX })
  @IsInt()
  @Min(1)
  @Max(CLAIM_BATCH_MAX)
  count!: number;
}

export class RejectBody implements RejectRequest {
  @ApiProperty({ enum: RejectionReason, enumName: 'RejectionReason' })
  @IsEnum(RejectionReason)
  reason!: RejectionReason;

  @ApiPropertyOptional({ maxLength: MODERATION_NOTE_MAX_LENGTH, description: 'Shown to the author.' })
  @IsOptional()
  @IsString()
  @MaxLength(MODERATION_NOTE_MAX_LENGTH)
  note?: string;
}

export class RedactionRangeBody implements RedactionRange {
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  start!: number;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  end!: number;
}

export class RedactBody implements RedactRequest {
  @ApiPropertyOptional({ type: [RedactionRangeBody], description: 'Passages (UTF-16 offsets) replaced with the placeholder.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RedactionRangeBody)
  ranges?: RedactionRangeBody[];

  @ApiPropertyOptional({ description: 'The whole new text (instead of ranges).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string;
}

export class BulkDecisionBody implements BulkDecisionRequest {
  @ApiPropertyOptional({ enum: ModerationItemType, enumName: 'ModerationItemType', default: ModerationItemType.Comment })
  @IsOptional()
  @IsEnum(ModerationItemType)
  type?: ModerationItemType;

  @ApiProperty({ enum: BulkAction, enumName: 'BulkAction' })
  @IsEnum(BulkAction)
  action!: BulkAction;

  @ApiProperty({ type: [String], minItems: 1, maxItems: BULK_DECISION_MAX })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_DECISION_MAX)
  @IsUUID('all', { each: true })
  ids!: string[];

  @ApiPropertyOptional({ enum: RejectionReason, enumName: 'RejectionReason', description: 'Required for reject.' })
  @IsOptional()
  @IsEnum(RejectionReason)
  reason?: RejectionReason;

  @ApiPropertyOptional({ maxLength: MODERATION_NOTE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MODERATION_NOTE_MAX_LENGTH)
  note?: string;
}

export class CreateReportBody implements CreateReportRequest {
  @ApiProperty({ enum: ReportReason, enumName: 'ReportReason' })
  @IsEnum(ReportReason)
  reason!: ReportReason;

  @ApiPropertyOptional({ maxLength: REPORT_NOTE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_NOTE_MAX_LENGTH)
  note?: string;
}

export class UpdateModerationSettingsBody implements UpdateModerationSettingsRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: REPORT_THRESHOLD_MAX })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(REPORT_THRESHOLD_MAX)
  reportThreshold?: number;

  @ApiPropertyOptional({ description: 'true: the drafter of a disposition may approve it (default false: a second staff member).' })
  @IsOptional()
  @IsBoolean()
  singleStepDispositions?: boolean;
}

export class AuditLogQueryParams implements AuditLogQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Actor (user id).' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ enum: AuditAction, enumName: 'AuditAction' })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @ApiPropertyOptional({ description: 'Consultation slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  consultation?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Exclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_MAX_LIMIT, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX_LIMIT)
  limit?: number;
}

export class DraftDispositionBody implements DraftDispositionRequest {
  @ApiProperty({ enum: DispositionDecision, enumName: 'DispositionDecision' })
  @IsEnum(DispositionDecision)
  decision!: DispositionDecision;

  @ApiProperty({
    minLength: DISPOSITION_JUSTIFICATION_MIN_LENGTH,
    maxLength: DISPOSITION_JUSTIFICATION_MAX_LENGTH,
    description: 'Plain text; required.',
  })
  @IsString()
  @MinLength(DISPOSITION_JUSTIFICATION_MIN_LENGTH)
  @MaxLength(DISPOSITION_JUSTIFICATION_MAX_LENGTH)
  justification!: string;
}

export class BulkDispositionBody extends DraftDispositionBody implements BulkDispositionRequest {
  @ApiPropertyOptional({ type: [String], minItems: 1, maxItems: BULK_DISPOSITION_MAX, description: 'Either this or duplicateGroupId.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_DISPOSITION_MAX)
  @IsUUID('all', { each: true })
  commentIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Every comment of this near-duplicate group (instead of commentIds).' })
  @IsOptional()
  @IsUUID()
  duplicateGroupId?: string;
}

export class OffPlatformSubmissionBody implements OffPlatformSubmissionRequest {
  @ApiProperty({ enum: [SubmissionChannel.Paper, SubmissionChannel.Email, SubmissionChannel.Meeting], enumName: 'SubmissionChannel' })
  @IsIn([SubmissionChannel.Paper, SubmissionChannel.Email, SubmissionChannel.Meeting])
  channel!: SubmissionChannel;

  @ApiProperty({ format: 'date-time', description: 'When the city received it; not in the future.' })
  @IsISO8601({ strict: true })
  receivedAt!: string;

  @ApiProperty({ enum: SubmitterType, enumName: 'SubmitterType' })
  @IsEnum(SubmitterType)
  submitterType!: SubmitterType;

  @ApiPropertyOptional({ maxLength: ORGANISATION_NAME_MAX_LENGTH, description: 'Required unless submitterType is resident.' })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  organisationName?: string;

  @ApiPropertyOptional({ maxLength: SUBMITTER_NAME_MAX_LENGTH, description: 'Personal data: staff only, never public.' })
  @IsOptional()
  @IsString()
  @MaxLength(SUBMITTER_NAME_MAX_LENGTH)
  submitterName?: string;

  @ApiProperty()
  @IsString()
  @MaxLength(16)
  sectionKey!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(16)
  paragraphKey?: string;

  @ApiPropertyOptional({ maxLength: QUOTE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(QUOTE_MAX_LENGTH)
  quote?: string;

  @ApiProperty({ enum: Stance, enumName: 'Stance' })
  @IsEnum(Stance)
  stance!: Stance;

  @ApiProperty({ maxLength: COMMENT_MAX_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(COMMENT_MAX_LENGTH)
  text!: string;

  @ApiPropertyOptional({ maxLength: PROPOSED_WORDING_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(PROPOSED_WORDING_MAX_LENGTH)
  proposedWording?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  areaKey?: string;
}

export class UpdateWordListBody implements UpdateWordListRequest {
  @ApiProperty({ maxLength: WORD_LIST_MAX_LENGTH, description: 'The whole list: one entry per line, # starts a comment.' })
  @IsString()
  @MaxLength(WORD_LIST_MAX_LENGTH)
  text!: string;
}
