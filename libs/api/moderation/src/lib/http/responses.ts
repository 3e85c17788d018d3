import {
  AuditAction,
  AuditEntryDto,
  AuditPageDto,
  AuditTargetType,
  BulkDecisionItemResultDto,
  BulkDecisionResultDto,
  ClaimBatchDto,
  ClaimDto,
  BulkDispositionResultDto,
  CommentState,
  DispositionDecision,
  DispositionProgress,
  DispositionState,
  ErrorCode,
  FlagReason,
  ModerationFlagDto,
  ModerationItemDetailDto,
  ModerationItemType,
  ModerationQueueItemDto,
  ModerationQueuePageDto,
  ModerationReportDto,
  ModerationRevisionDto,
  ModerationSettingsDto,
  QueueFlagReason,
  RedactionDto,
  RejectionDto,
  RejectionReason,
  ReportReason,
  ReportReceiptDto,
  REPORTS_FLAG_REASON,
  Stance,
  SubmissionChannel,
  StaffDispositionDto,
  SubmitterType,
  WordListDto,
  WordListKey,
} from '@consulta/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

const QUEUE_FLAGS = [...Object.values(FlagReason), REPORTS_FLAG_REASON];

class ModerationRejectionResponse implements RejectionDto {
  @ApiProperty({ enum: RejectionReason, enumName: 'RejectionReason' }) reason!: RejectionReason;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class ClaimResponse implements ClaimDto {
  @ApiProperty({ format: 'uuid' }) moderatorId!: string;
  @ApiProperty() moderatorName!: string;
  @ApiProperty() mine!: boolean;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class ModerationQueueItemResponse implements ModerationQueueItemDto {
  @ApiProperty({ enum: ModerationItemType, enumName: 'ModerationItemType' }) type!: ModerationItemType;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) commentId!: string;
  @ApiProperty() consultationSlug!: string;
  @ApiProperty() consultationTitle!: string;
  @ApiProperty() sectionKey!: string;
  @ApiProperty({ type: String, nullable: true }) paragraphKey!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: Stance, enumName: 'Stance', nullable: true }) stance!: Stance | null;
  @ApiProperty({ type: String, nullable: true }) proposedWording!: string | null;
  @ApiProperty({ type: String, nullable: true }) areaKey!: string | null;
  @ApiProperty({ enum: SubmitterType, enumName: 'SubmitterType', nullable: true }) submitterType!: SubmitterType | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty() authorName!: string;
  @ApiProperty() official!: boolean;
  @ApiProperty({ enum: CommentState, enumName: 'CommentState' }) state!: CommentState;
  @ApiProperty({ type: ModerationRejectionResponse, nullable: true }) rejection!: RejectionDto | null;
  @ApiProperty({ enum: SubmissionChannel, enumName: 'SubmissionChannel' }) channel!: SubmissionChannel;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) receivedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Off-platform submitter’s name (staff only).' }) submitterName!: string | null;
  @ApiProperty({ enum: QUEUE_FLAGS, isArray: true }) flagReasons!: QueueFlagReason[];
  @ApiProperty() flagCount!: number;
  @ApiProperty() reportCount!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) duplicateGroupId!: string | null;
  @ApiProperty() duplicateGroupSize!: number;
  @ApiProperty({ type: ClaimResponse, nullable: true }) claim!: ClaimDto | null;
  @ApiProperty() redacted!: boolean;
  @ApiProperty({ enum: DispositionProgress, enumName: 'DispositionProgress' }) disposition!: DispositionProgress;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class StaffDispositionResponse implements StaffDispositionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) commentId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: DispositionDecision, enumName: 'DispositionDecision' }) decision!: DispositionDecision;
  @ApiProperty() justification!: string;
  @ApiProperty({ enum: DispositionState, enumName: 'DispositionState' }) state!: DispositionState;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) draftedById!: string | null;
  @ApiProperty() draftedByName!: string;
  @ApiProperty({ type: String, nullable: true }) approvedByName!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class BulkDispositionResultResponse implements BulkDispositionResultDto {
  @ApiProperty({ type: [StaffDispositionResponse] }) drafts!: StaffDispositionDto[];
}

export class ModerationQueuePageResponse implements ModerationQueuePageDto {
  @ApiProperty({ type: [ModerationQueueItemResponse] }) items!: ModerationQueueItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ModerationFlagResponse implements ModerationFlagDto {
  @ApiProperty({ enum: QUEUE_FLAGS }) reason!: QueueFlagReason;
  @ApiProperty() detail!: string;
  @ApiProperty({ type: Number, nullable: true }) start!: number | null;
  @ApiProperty({ type: Number, nullable: true }) end!: number | null;
  @ApiProperty({ type: String, nullable: true }) match!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ModerationRevisionResponse implements ModerationRevisionDto {
  @ApiProperty() text!: string;
  @ApiProperty({ enum: Stance, enumName: 'Stance' }) stance!: Stance;
  @ApiProperty({ type: String, nullable: true }) proposedWording!: string | null;
  @ApiProperty({ type: String, nullable: true }) areaKey!: string | null;
  @ApiProperty({ format: 'date-time' }) replacedAt!: string;
}

export class ModerationReportResponse implements ModerationReportDto {
  @ApiProperty({ enum: ReportReason, enumName: 'ReportReason' }) reason!: ReportReason;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class RedactionResponse implements RedactionDto {
  @ApiProperty() originalText!: string;
  @ApiProperty() redactedText!: string;
  @ApiProperty() redactedByName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ModerationItemDetailResponse extends ModerationQueueItemResponse implements ModerationItemDetailDto {
  @ApiProperty({ type: [ModerationFlagResponse] }) flags!: ModerationFlagDto[];
  @ApiProperty({ type: [ModerationRevisionResponse] }) revisions!: ModerationRevisionDto[];
  @ApiProperty({ type: [ModerationReportResponse] }) reports!: ModerationReportDto[];
  @ApiProperty({ type: [RedactionResponse] }) redactions!: RedactionDto[];
  @ApiProperty({ type: [String] }) duplicateIds!: string[];
  @ApiProperty({ type: [StaffDispositionResponse] }) dispositions!: StaffDispositionDto[];
}

export class ClaimBatchResponse implements ClaimBatchDto {
  @ApiProperty({ type: [ModerationQueueItemResponse] }) items!: ModerationQueueItemDto[];
}

export class BulkDecisionItemResultResponse implements BulkDecisionItemResultDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode', nullable: true }) code!: ErrorCode | null;
}

export class BulkDecisionResultResponse implements BulkDecisionResultDto {
  @ApiProperty({ type: [BulkDecisionItemResultResponse] }) results!: BulkDecisionItemResultDto[];
  @ApiProperty() succeeded!: number;
  @ApiProperty() failed!: number;
}

export class ReportReceiptResponse implements ReportReceiptDto {
  @ApiProperty({ enum: ReportReason, enumName: 'ReportReason' }) reason!: ReportReason;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ModerationSettingsResponse implements ModerationSettingsDto {
  @ApiProperty() consultationSlug!: string;
  @ApiProperty() reportThreshold!: number;
  @ApiProperty() singleStepDispositions!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
}

export class AuditEntryResponse implements AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty() actorName!: string;
  @ApiProperty({ enum: AuditAction, enumName: 'AuditAction' }) action!: AuditAction;
  @ApiProperty({ enum: AuditTargetType, enumName: 'AuditTargetType' }) targetType!: AuditTargetType;
  @ApiProperty() targetId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) consultationId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AuditPageResponse implements AuditPageDto {
  @ApiProperty({ type: [AuditEntryResponse] }) items!: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class WordListResponse implements WordListDto {
  @ApiProperty({ enum: WordListKey, enumName: 'WordListKey' }) key!: WordListKey;
  @ApiProperty() text!: string;
  @ApiProperty() isDefault!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedByName!: string | null;
}
