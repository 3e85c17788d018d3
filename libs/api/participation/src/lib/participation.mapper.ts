import { SessionUser } from '@consulta/api/identity';
import {
  AnchorKind,
  CommentDto,
  DELETED_AUTHOR_LABEL,
  OFF_PLATFORM_AUTHOR_LABEL,
  ReplyDto,
  STAFF_ROLES,
  SubmitterType,
} from '@consulta/shared/contracts';
import { CommentRow } from './repositories/comment.repository';
import { ReplyRow } from './repositories/reply.repository';

export type Viewer = SessionUser | null | undefined;

export function isStaff(viewer: Viewer): boolean {
  return !!viewer && STAFF_ROLES.includes(viewer.role);
}

export function isAuthor(viewer: Viewer, row: { authorId: string | null }): boolean {
  return !!viewer && row.authorId === viewer.id;
}

function authorName(row: { authorDisplayName: string | null; organisationName?: string | null; submitterType?: SubmitterType }): string {
  if (row.submitterType && row.submitterType !== SubmitterType.Resident && row.organisationName) return row.organisationName;
  return row.authorDisplayName ?? DELETED_AUTHOR_LABEL;
}

function rejection(viewer: Viewer, row: CommentRow | ReplyRow): CommentDto['rejection'] {
  if (!row.rejectionReason || !(isAuthor(viewer, row) || isStaff(viewer))) return null;
  return { reason: row.rejectionReason, note: row.rejectionNote };
}

export function toCommentDto(row: CommentRow, viewer: Viewer, agreedByMe: boolean): CommentDto {
  // Entered by staff from paper, e-mail or a meeting: the staff member is the author of record, never shown as such.
  const offPlatform = row.channel !== null && row.channel !== 'online';
  return {
    id: row.id,
    consultationSlug: row.consultationSlug,
    sectionKey: row.sectionKey,
    paragraphKey: row.paragraphKey,
    quote: row.quote,
    anchorKind: row.quote !== null ? AnchorKind.Passage : row.paragraphKey !== null ? AnchorKind.Paragraph : AnchorKind.Section,
    documentVersion: row.documentVersion,
    anchorMissing: row.anchorMissing,
    text: row.text,
    stance: row.stance,
    proposedWording: row.proposedWording,
    areaKey: row.areaKey,
    submitterType: row.submitterType,
    organisationName: row.organisationName,
    authorName: offPlatform
      ? (row.submitterType !== SubmitterType.Resident && row.organisationName) || OFF_PLATFORM_AUTHOR_LABEL
      : authorName(row),
    isMine: !offPlatform && isAuthor(viewer, row),
    state: row.state,
    rejection: rejection(viewer, row),
    official: row.official,
    agreeCount: row.agreeCount,
    agreedByMe,
    replyCount: row.replyCount,
    disposition:
      row.dispositionDecision && row.dispositionExplanation && row.dispositionDecidedAt
        ? {
            decision: row.dispositionDecision,
            explanation: row.dispositionExplanation,
            decidedAt: new Date(row.dispositionDecidedAt).toISOString(),
          }
        : null,
    createdAt: new Date(row.createdAt).toISOString(),
    editedAt: row.editedAt ? new Date(row.editedAt).toISOString() : null,
  };
}

export function toReplyDto(row: ReplyRow, viewer: Viewer, agreedByMe: boolean): ReplyDto {
  return {
    id: row.id,
    commentId: row.commentId,
    parentId: row.parentId,
    depth: row.depth,
    text: row.text,
    authorName: authorName(row),
    isMine: isAuthor(viewer, row),
    official: row.official,
    state: row.state,
    rejection: rejection(viewer, row),
    agreeCount: row.agreeCount,
    agreedByMe,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
