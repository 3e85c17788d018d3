import { DomainException } from '@consulta/api/core';
import { requireRole, SessionUser } from '@consulta/api/identity';
import {
  AuditAction,
  AuditTargetType,
  BulkAction,
  BulkDecisionRequest,
  BulkDecisionResultDto,
  COMMENT_MAX_LENGTH,
  CommentState,
  ErrorCode,
  HideRequest,
  ModerationItemType,
  ModerationQueueItemDto,
  REDACTION_PLACEHOLDER,
  RedactionRange,
  RedactRequest,
  RejectionReason,
  RejectRequest,
  REPLY_MAX_LENGTH,
  STAFF_ROLES,
} from '@consulta/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isUuid } from '../moderation-cursor';
import { NotificationService } from '../notifications/notification.service';
import { toQueueItemDto } from '../moderation.mapper';
import { AuditRepository } from '../repositories/audit.repository';
import { LockedItem, ModerationItemRepository } from '../repositories/moderation-item.repository';
import { TEXT_SCREEN, TextScreen } from '../screening/text-screen';
import { claimedByOther, itemNotFound } from './moderation-errors';

type Decision = AuditAction.Approve | AuditAction.Reject | AuditAction.Hide | AuditAction.Restore;

/** Which state each decision starts from, and the code when the item is in another one. */
const TRANSITIONS: Record<Decision, { from: CommentState; to: CommentState; code: ErrorCode; message: string }> = {
  [AuditAction.Approve]: {
    from: CommentState.Pending,
    to: CommentState.Published,
    code: ErrorCode.ModerationNotPending,
    message: 'Only a pending item can be approved.',
  },
  [AuditAction.Reject]: {
    from: CommentState.Pending,
    to: CommentState.Rejected,
    code: ErrorCode.ModerationNotPending,
    message: 'Only a pending item can be rejected.',
  },
  [AuditAction.Hide]: {
    from: CommentState.Published,
    to: CommentState.Hidden,
    code: ErrorCode.ModerationNotPublished,
    message: 'Only a published item can be hidden.',
  },
  [AuditAction.Restore]: {
    from: CommentState.Hidden,
    to: CommentState.Published,
    code: ErrorCode.ModerationNotHidden,
    message: 'Only a hidden item can be restored.',
  },
};

/**
 * Moderators' decisions on comments and replies. Each is one transaction: lock the item, check the claim and
 * the transition, change the state (comment_anchor_counts follows by trigger; a reply's comments.reply_count is
 * adjusted here when it enters or leaves published), end the claim, write the audit row.
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly items: ModerationItemRepository,
    private readonly audit: AuditRepository,
    @Inject(TEXT_SCREEN) private readonly text: TextScreen,
    private readonly notifications: NotificationService,
  ) {}

  approve(type: ModerationItemType, id: string, actor: SessionUser): Promise<ModerationQueueItemDto> {
    requireRole(actor, ...STAFF_ROLES);
    return this.decide(type, id, actor, AuditAction.Approve, null);
  }

  reject(type: ModerationItemType, id: string, request: RejectRequest, actor: SessionUser): Promise<ModerationQueueItemDto> {
    requireRole(actor, ...STAFF_ROLES);
    return this.decide(type, id, actor, AuditAction.Reject, { reason: request.reason, note: request.note?.trim() || null });
  }

  hide(type: ModerationItemType, id: string, request: HideRequest, actor: SessionUser): Promise<ModerationQueueItemDto> {
    requireRole(actor, ...STAFF_ROLES);
    return this.decide(type, id, actor, AuditAction.Hide, { reason: request.reason, note: request.note?.trim() || null });
  }

  restore(type: ModerationItemType, id: string, actor: SessionUser): Promise<ModerationQueueItemDto> {
    requireRole(actor, ...STAFF_ROLES);
    return this.decide(type, id, actor, AuditAction.Restore, null);
  }

  /**
   * Per item, each in its own transaction (an item another moderator just decided must not undo the rest);
   * the result lists what happened to every id.
   */
  async bulk(request: BulkDecisionRequest, actor: SessionUser): Promise<BulkDecisionResultDto> {
    requireRole(actor, ...STAFF_ROLES);
    const type = request.type ?? ModerationItemType.Comment;
    if (request.action === BulkAction.Reject && !request.reason) {
      throw new DomainException(ErrorCode.ValidationFailed, 'A rejection needs a reason.', [
        { field: 'reason', message: 'reason is required for reject' },
      ]);
    }
    const results: BulkDecisionResultDto['results'] = [];
    for (const id of [...new Set(request.ids)]) {
      try {
        if (request.action === BulkAction.Approve) await this.decide(type, id, actor, AuditAction.Approve, null);
        else
          await this.decide(type, id, actor, AuditAction.Reject, {
            reason: request.reason as RejectionReason,
            note: request.note?.trim() || null,
          });
        results.push({ id, ok: true, code: null });
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        results.push({ id, ok: false, code: error.code });
      }
    }
    const succeeded = results.filter((result) => result.ok).length;
    return { results, succeeded, failed: results.length - succeeded };
  }

  /**
   * Staff redact personal data: `ranges` become REDACTION_PLACEHOLDER, or `text` replaces the text. The item's
   * text changes (every public read shows it); the original goes to the staff-only redactions table and the audit.
   */
  async redact(type: ModerationItemType, id: string, request: RedactRequest, actor: SessionUser): Promise<ModerationQueueItemDto> {
    requireRole(actor, ...STAFF_ROLES);
    if ((request.ranges === undefined) === (request.text === undefined)) {
      throw new DomainException(ErrorCode.RedactionInvalid, 'Send either the passages to remove (ranges) or the new text, not both.');
    }
    await this.items.transaction(async (manager) => {
      const item = await this.lockForDecision(type, id, actor, manager);
      if (item.state === CommentState.Withdrawn) {
        throw new DomainException(ErrorCode.ModerationNotRedactable, 'A withdrawn item cannot be redacted.');
      }
      const redacted = request.ranges ? applyRanges(item.text, request.ranges) : checkedText(request.text ?? '', type);
      if (redacted === item.text) throw new DomainException(ErrorCode.RedactionInvalid, 'The redaction does not change the text.');
      await this.items.setText(type, id, redacted, manager);
      await this.items.addRedaction(
        { itemId: id, originalText: item.text, redactedText: redacted, redactedBy: actor.id, redactedByName: actor.displayName },
        manager,
      );
      await this.items.markRedacted(id, this.text.fold(redacted), manager);
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: AuditAction.Redact,
          targetType: type === ModerationItemType.Comment ? AuditTargetType.Comment : AuditTargetType.Reply,
          targetId: id,
          consultationId: item.consultationId,
          before: { state: item.state, text: item.text },
          after: { state: item.state, text: redacted },
        },
        manager,
      );
    });
    return this.current(type, id, actor);
  }

  private async decide(
    type: ModerationItemType,
    id: string,
    actor: SessionUser,
    action: Decision,
    rejection: { reason: RejectionReason; note: string | null } | null,
  ): Promise<ModerationQueueItemDto> {
    const transition = TRANSITIONS[action];
    await this.items.transaction(async (manager) => {
      const item = await this.lockForDecision(type, id, actor, manager);
      if (item.state !== transition.from) throw new DomainException(transition.code, transition.message);
      const after = { state: transition.to, rejectionReason: rejection?.reason ?? null, rejectionNote: rejection?.note ?? null };
      await this.items.setDecision(type, id, after, manager);
      if (type === ModerationItemType.Reply) {
        const delta = Number(transition.to === CommentState.Published) - Number(transition.from === CommentState.Published);
        if (delta !== 0) await this.items.addToReplyCount(item.commentId, delta, manager);
      }
      await this.items.afterDecision(id, transition.to === CommentState.Published, manager);
      // Queued in this transaction: a decision that rolls back (even after this point) sends nothing.
      if (rejection && item.authorId) {
        await this.notifications.rejected(type, id, action === AuditAction.Hide, rejection.reason, rejection.note, manager);
      }
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action,
          targetType: type === ModerationItemType.Comment ? AuditTargetType.Comment : AuditTargetType.Reply,
          targetId: id,
          consultationId: item.consultationId,
          before: { state: item.state, rejectionReason: item.rejectionReason, rejectionNote: item.rejectionNote },
          after,
        },
        manager,
      );
    });
    return this.current(type, id, actor);
  }

  /** The locked item, refused when unknown or when another moderator's claim on it has not expired. */
  private async lockForDecision(type: ModerationItemType, id: string, actor: SessionUser, manager: EntityManager): Promise<LockedItem> {
    const item = isUuid(id) ? await this.items.lock(type, id, manager) : null;
    if (!item) throw itemNotFound(type);
    if (item.claimActive && item.claimedBy !== actor.id) {
      const [row] = await this.items.findRows(type, [id], manager);
      throw claimedByOther(row?.claimedByName ?? null);
    }
    return item;
  }

  private async current(type: ModerationItemType, id: string, actor: SessionUser): Promise<ModerationQueueItemDto> {
    const [row] = await this.items.findRows(type, [id]);
    if (!row) throw itemNotFound(type);
    return toQueueItemDto(row, actor.id);
  }
}

/** Replaces each range with the placeholder; ranges must lie inside the text and not overlap. */
export function applyRanges(text: string, ranges: RedactionRange[]): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let result = '';
  let position = 0;
  for (const range of sorted) {
    if (
      !Number.isInteger(range.start) ||
      !Number.isInteger(range.end) ||
      range.start < position ||
      range.end <= range.start ||
      range.end > text.length
    ) {
      throw new DomainException(ErrorCode.RedactionInvalid, 'The passages to remove must lie inside the text and must not overlap.');
    }
    result += text.slice(position, range.start) + REDACTION_PLACEHOLDER;
    position = range.end;
  }
  return result + text.slice(position);
}

function checkedText(text: string, type: ModerationItemType): string {
  const trimmed = text.trim();
  const max = type === ModerationItemType.Comment ? COMMENT_MAX_LENGTH : REPLY_MAX_LENGTH;
  // eslint-disable-next-line no-control-regex
  if (trimmed.length === 0 || trimmed.length > max || /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(trimmed)) {
    throw new DomainException(ErrorCode.RedactionInvalid, `The new text must be 1–${max} characters of plain text.`);
  }
  return trimmed;
}
