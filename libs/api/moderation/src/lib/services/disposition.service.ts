import { DomainException } from '@consulta/api/core';
import { requireRole, SessionUser } from '@consulta/api/identity';
import {
  AuditAction,
  AuditTargetType,
  BulkDispositionRequest,
  BulkDispositionResultDto,
  CommentState,
  DISPOSITION_JUSTIFICATION_MAX_LENGTH,
  DISPOSITION_JUSTIFICATION_MIN_LENGTH,
  DispositionState,
  DraftDispositionRequest,
  ErrorCode,
  ModerationItemType,
  STAFF_ROLES,
  StaffDispositionDto,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isUuid } from '../moderation-cursor';
import { toStaffDispositionDto } from '../moderation.mapper';
import { AuditRepository } from '../repositories/audit.repository';
import { DispositionRepository, DispositionRow } from '../repositories/disposition.repository';
import { NotificationService } from '../notifications/notification.service';
import { itemNotFound } from './moderation-errors';

/**
 * The city's decision on each comment: one staff member drafts (decision + justification), another approves, unless
 * the consultation allows a single step. Drafts are edited or withdrawn until approved; an approved version is never
 * changed, a revision is a new draft (the history stays). Every action is audited in the same transaction.
 */
@Injectable()
export class DispositionService {
  constructor(
    private readonly dispositions: DispositionRepository,
    private readonly audit: AuditRepository,
    private readonly notifications: NotificationService,
  ) {}

  async history(commentId: string, actor: SessionUser): Promise<StaffDispositionDto[]> {
    requireRole(actor, ...STAFF_ROLES);
    if (!isUuid(commentId)) throw itemNotFound(ModerationItemType.Comment);
    return (await this.dispositions.forComment(commentId)).map(toStaffDispositionDto);
  }

  async draft(commentId: string, request: DraftDispositionRequest, actor: SessionUser): Promise<StaffDispositionDto> {
    requireRole(actor, ...STAFF_ROLES);
    if (!isUuid(commentId)) throw itemNotFound(ModerationItemType.Comment);
    const [created] = await this.draftMany([commentId], request, actor);
    return created;
  }

  /** The same draft for a list of comments or a whole near-duplicate group: every one or none (one transaction). */
  async draftBulk(request: BulkDispositionRequest, actor: SessionUser): Promise<BulkDispositionResultDto> {
    requireRole(actor, ...STAFF_ROLES);
    if ((request.commentIds === undefined) === (request.duplicateGroupId === undefined)) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Send either commentIds or duplicateGroupId.', [
        { field: 'commentIds', message: 'exactly one of commentIds and duplicateGroupId is required' },
      ]);
    }
    const ids = request.commentIds ?? (await this.dispositions.groupCommentIds(request.duplicateGroupId ?? ''));
    if (ids.length === 0) throw itemNotFound(ModerationItemType.Comment);
    return { drafts: await this.draftMany([...new Set(ids)], request, actor) };
  }

  async edit(id: string, request: DraftDispositionRequest, actor: SessionUser): Promise<StaffDispositionDto> {
    requireRole(actor, ...STAFF_ROLES);
    const justification = checkedJustification(request.justification);
    return this.changeDraft(id, actor, async (row, manager) => {
      await this.dispositions.updateDraft(id, { decision: request.decision, justification }, manager);
      return {
        action: AuditAction.EditDisposition,
        before: { decision: row.decision, justification: row.justification },
        after: { decision: request.decision, justification },
      };
    });
  }

  async withdraw(id: string, actor: SessionUser): Promise<StaffDispositionDto> {
    requireRole(actor, ...STAFF_ROLES);
    return this.changeDraft(id, actor, async (row, manager) => {
      await this.dispositions.withdraw(id, manager);
      return { action: AuditAction.WithdrawDisposition, before: { state: row.state }, after: { state: DispositionState.Withdrawn } };
    });
  }

  /** Approval by a second staff member (or by the drafter when the consultation allows a single step); the author is e-mailed. */
  async approve(id: string, actor: SessionUser): Promise<StaffDispositionDto> {
    requireRole(actor, ...STAFF_ROLES);
    return this.changeDraft(id, actor, async (row, manager) => {
      if (row.draftedBy === actor.id && !(await this.dispositions.singleStepAllowed(row.consultationId, manager))) {
        throw new DomainException(
          ErrorCode.DispositionSelfApproval,
          'Another staff member must approve this decision (this consultation requires two people).',
        );
      }
      await this.dispositions.approve(id, { id: actor.id, name: actor.displayName }, manager);
      await this.notifications.dispositionApproved(id, manager);
      return {
        action: AuditAction.ApproveDisposition,
        before: { state: row.state },
        after: { state: DispositionState.Approved, decision: row.decision, version: row.version },
      };
    });
  }

  private async draftMany(ids: string[], request: DraftDispositionRequest, actor: SessionUser): Promise<StaffDispositionDto[]> {
    const justification = checkedJustification(request.justification);
    if (!ids.every(isUuid)) throw itemNotFound(ModerationItemType.Comment);
    const rows = await this.dispositions.transaction(async (manager) => {
      const comments = await this.dispositions.lockComments(ids, manager);
      if (comments.length !== ids.length) throw itemNotFound(ModerationItemType.Comment);
      const notPublished = comments.find((comment) => comment.state !== CommentState.Published);
      if (notPublished) {
        throw new DomainException(ErrorCode.DispositionNotAllowed, `Comment ${notPublished.id} is not published; decide on it first.`);
      }
      const drafted = await this.dispositions.withDraft(ids, manager);
      if (drafted.length > 0) {
        throw new DomainException(
          ErrorCode.DispositionDraftExists,
          `Comment ${drafted[0]} already has a draft decision; edit or withdraw it.`,
        );
      }
      const created = await this.dispositions.insertDrafts(
        ids,
        { decision: request.decision, justification, draftedBy: actor.id, draftedByName: actor.displayName },
        manager,
      );
      const consultationOf = new Map(comments.map((comment) => [comment.id, comment.consultationId]));
      for (const row of created) {
        await this.audit.append(
          {
            actorId: actor.id,
            actorName: actor.displayName,
            action: AuditAction.DraftDisposition,
            targetType: AuditTargetType.Comment,
            targetId: row.commentId,
            consultationId: consultationOf.get(row.commentId) ?? null,
            before: null,
            after: { dispositionId: row.id, version: row.version, decision: row.decision, justification: row.justification },
          },
          manager,
        );
      }
      return created;
    });
    return rows.map(toStaffDispositionDto);
  }

  /** Locks a draft, runs `change`, audits it; refused when the version is not a draft any more. */
  private async changeDraft(
    id: string,
    actor: SessionUser,
    change: (
      row: DispositionRow & { consultationId: string },
      manager: EntityManager,
    ) => Promise<{ action: AuditAction; before: Record<string, unknown>; after: Record<string, unknown> }>,
  ): Promise<StaffDispositionDto> {
    if (!isUuid(id)) throw dispositionNotFound();
    const row = await this.dispositions.transaction(async (manager) => {
      const locked = await this.dispositions.lock(id, manager);
      if (!locked) throw dispositionNotFound();
      if (locked.state !== DispositionState.Draft) {
        throw new DomainException(
          ErrorCode.DispositionNotDraft,
          'Only a draft can be changed; to revise an approved decision, draft a new version.',
        );
      }
      const audited = await change(locked, manager);
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: audited.action,
          targetType: AuditTargetType.Comment,
          targetId: locked.commentId,
          consultationId: locked.consultationId,
          before: { dispositionId: id, version: locked.version, ...audited.before },
          after: { dispositionId: id, version: locked.version, ...audited.after },
        },
        manager,
      );
      return this.dispositions.byId(id, manager);
    });
    if (!row) throw dispositionNotFound();
    return toStaffDispositionDto(row);
  }
}

function dispositionNotFound(): DomainException {
  return new DomainException(ErrorCode.DispositionNotFound, 'There is no such disposition.');
}

/** Trimmed plain text within the length limits (class-validator checks the raw length; this checks what is stored). */
function checkedJustification(text: string): string {
  const trimmed = text.trim();
  // eslint-disable-next-line no-control-regex
  const invalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(trimmed);
  if (invalid || trimmed.length < DISPOSITION_JUSTIFICATION_MIN_LENGTH || trimmed.length > DISPOSITION_JUSTIFICATION_MAX_LENGTH) {
    throw new DomainException(ErrorCode.ValidationFailed, 'The justification is required.', [
      {
        field: 'justification',
        message: `justification must be ${DISPOSITION_JUSTIFICATION_MIN_LENGTH}–${DISPOSITION_JUSTIFICATION_MAX_LENGTH} characters of plain text`,
      },
    ]);
  }
  return trimmed;
}
