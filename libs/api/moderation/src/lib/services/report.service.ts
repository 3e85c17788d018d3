import { DomainException, RateLimitRule, RateLimitService } from '@consulta/api/core';
import { requireSignedIn, SessionUser } from '@consulta/api/identity';
import {
  AuditAction,
  AuditTargetType,
  CommentState,
  CreateReportRequest,
  ErrorCode,
  ModerationItemType,
  ReportReceiptDto,
  STAFF_ROLES,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../moderation-cursor';
import { AuditRepository } from '../repositories/audit.repository';
import { ModerationItemRepository } from '../repositories/moderation-item.repository';
import { ReportRepository } from '../repositories/report.repository';
import { itemNotFound } from './moderation-errors';

export const REPORT_LIMITS = {
  perAccount: { limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/**
 * Residents report published comments and replies. At the consultation's threshold (reports since the last
 * approval) a published item goes back to pending with a 'reports' flag until a moderator decides; that is
 * audited as the system's action. Reporters are never revealed (not to the author, not in staff views).
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly items: ModerationItemRepository,
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
    private readonly rateLimits: RateLimitService,
  ) {}

  async report(type: ModerationItemType, id: string, request: CreateReportRequest, actor: SessionUser): Promise<ReportReceiptDto> {
    requireSignedIn(actor);
    await this.rateLimits.consume(
      `report:user:${actor.id}`,
      REPORT_LIMITS.perAccount,
      ErrorCode.RateLimited,
      'You have sent many reports in a short time. Please wait a while.',
    );
    const createdAt = await this.items.transaction(async (manager) => {
      const item = isUuid(id) ? await this.items.lock(type, id, manager) : null;
      if (!item) throw itemNotFound(type);
      if (item.authorId === actor.id) throw new DomainException(ErrorCode.CannotReportOwn, 'You cannot report what you wrote yourself.');
      // An unpublished item is 404 for whoever cannot see it (residents), 409 for staff, who can.
      if (item.state !== CommentState.Published) {
        if (!STAFF_ROLES.includes(actor.role)) throw itemNotFound(type);
        throw new DomainException(ErrorCode.ReportTargetNotAvailable, 'Only a published item can be reported.');
      }
      const reported = await this.reports.add(id, actor.id, request.reason, request.note?.trim() || null, manager);
      if (!reported) throw new DomainException(ErrorCode.AlreadyReported, 'You have already reported this.');
      const since = await this.reports.count(id, manager);
      const threshold = await this.reports.threshold(item.consultationId, manager);
      if (since >= threshold) {
        await this.items.setDecision(type, id, { state: CommentState.Pending, rejectionReason: null, rejectionNote: null }, manager);
        if (type === ModerationItemType.Reply) await this.items.addToReplyCount(item.commentId, -1, manager);
        await this.reports.flagReported(id, `${since} reports`, manager);
        await this.audit.append(
          {
            actorId: null,
            actorName: 'system',
            action: AuditAction.HoldForReports,
            targetType: type === ModerationItemType.Comment ? AuditTargetType.Comment : AuditTargetType.Reply,
            targetId: id,
            consultationId: item.consultationId,
            before: { state: item.state },
            after: { state: CommentState.Pending, reports: since, threshold },
          },
          manager,
        );
      }
      return reported;
    });
    return { reason: request.reason, createdAt: new Date(createdAt).toISOString() };
  }
}
