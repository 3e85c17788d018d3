import {
  DELETED_AUTHOR_LABEL,
  OFF_PLATFORM_AUTHOR_LABEL,
  ModerationQueueItemDto,
  QueueFlagReason,
  SubmissionChannel,
  StaffDispositionDto,
  SubmitterType,
} from '@consulta/shared/contracts';
import { DispositionRow } from './repositories/disposition.repository';
import { QueueRow } from './repositories/moderation-item.repository';

export function toQueueItemDto(row: QueueRow, viewerId: string): ModerationQueueItemDto {
  const organisation = row.submitterType && row.submitterType !== SubmitterType.Resident ? row.organisationName : null;
  return {
    type: row.type,
    id: row.id,
    commentId: row.commentId,
    consultationSlug: row.consultationSlug,
    consultationTitle: row.consultationTitle,
    sectionKey: row.sectionKey,
    paragraphKey: row.paragraphKey,
    text: row.text,
    stance: row.stance,
    proposedWording: row.proposedWording,
    areaKey: row.areaKey,
    submitterType: row.submitterType,
    organisationName: row.organisationName,
    // Off-platform: the staff member who entered it is the author of record; staff see the submitter instead.
    authorName:
      row.channel === SubmissionChannel.Online
        ? (organisation ?? row.authorDisplayName ?? DELETED_AUTHOR_LABEL)
        : (organisation ?? row.submitterName ?? OFF_PLATFORM_AUTHOR_LABEL),
    official: row.official,
    state: row.state,
    rejection: row.rejectionReason ? { reason: row.rejectionReason, note: row.rejectionNote } : null,
    channel: row.channel,
    receivedAt: row.receivedAt ? new Date(row.receivedAt).toISOString() : null,
    submitterName: row.submitterName,
    flagReasons: (row.flagReasons ?? []) as QueueFlagReason[],
    flagCount: row.flagCount,
    reportCount: row.reportCount,
    duplicateGroupId: row.duplicateGroupId,
    duplicateGroupSize: row.duplicateGroupSize,
    claim:
      row.claimedBy && row.claimedUntil
        ? {
            moderatorId: row.claimedBy,
            moderatorName: row.claimedByName ?? DELETED_AUTHOR_LABEL,
            mine: row.claimedBy === viewerId,
            expiresAt: new Date(row.claimedUntil).toISOString(),
          }
        : null,
    redacted: row.redacted,
    disposition: row.dispositionProgress,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

export function toStaffDispositionDto(row: DispositionRow): StaffDispositionDto {
  return {
    id: row.id,
    commentId: row.commentId,
    version: row.version,
    decision: row.decision,
    justification: row.justification,
    state: row.state,
    draftedById: row.draftedBy,
    draftedByName: row.draftedByName,
    approvedByName: row.approvedByName,
    approvedAt: row.approvedAt ? new Date(row.approvedAt).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
