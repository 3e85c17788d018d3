import { DomainException } from '@consulta/api/core';
import { ConsultationService } from '@consulta/api/consultation';
import { requireRole, SessionUser } from '@consulta/api/identity';
import { resolveAnchor, SUBMISSION_SCREENING, SubmissionScreening } from '@consulta/api/participation';
import {
  AuditAction,
  AuditTargetType,
  CommentState,
  ConsultationStatus,
  ErrorCode,
  ModerationItemType,
  ModerationMode,
  ModerationQueueItemDto,
  OffPlatformSubmissionRequest,
  STAFF_ROLES,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { toQueueItemDto } from '../moderation.mapper';
import { AuditRepository } from '../repositories/audit.repository';
import { ModerationItemRepository } from '../repositories/moderation-item.repository';
import { SubmissionRepository } from '../repositories/submission.repository';
import { itemNotFound } from './moderation-errors';

// C0 and C1 control characters except tab, line feed and carriage return; DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Comments received on paper, by e-mail or at a meeting, entered by staff. Each becomes an ordinary comment row
 * (so themes and the report count it) authored by the staff member who entered it, with its channel, date received
 * and the submitter's name (staff only) on its moderation row. It goes through the same screening as a resident's
 * comment and is held when flagged (posting-rate limits do not apply: one person may enter a whole pile of letters).
 * The public sees the submitter type and organisation, never the staff member's or the submitter's name.
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly items: ModerationItemRepository,
    private readonly audit: AuditRepository,
    private readonly consultations: ConsultationService,
    @Inject(SUBMISSION_SCREENING) private readonly screening: SubmissionScreening,
  ) {}

  async enter(slug: string, request: OffPlatformSubmissionRequest, actor: SessionUser): Promise<ModerationQueueItemDto> {
    requireRole(actor, ...STAFF_ROLES);
    const consultation = await this.consultations.findVisible(slug, actor);
    if (consultation.status !== ConsultationStatus.Open && consultation.status !== ConsultationStatus.Closed) {
      throw new DomainException(ErrorCode.ConsultationNotOpen, 'Submissions can only be entered for a consultation that has opened.');
    }
    if (request.channel === SubmissionChannel.Online) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Online comments are made by residents themselves.', [
        { field: 'channel', message: 'channel must be paper, email or meeting' },
      ]);
    }
    const receivedAt = new Date(request.receivedAt);
    if (receivedAt.getTime() > Date.now()) {
      throw new DomainException(ErrorCode.SubmissionDateInvalid, 'The date received cannot be in the future.');
    }
    if (consultation.opensAt && receivedAt < consultation.opensAt) {
      throw new DomainException(ErrorCode.SubmissionDateInvalid, 'The date received is before the consultation opened.');
    }
    if (consultation.closesAt && receivedAt > consultation.closesAt) {
      throw new DomainException(ErrorCode.SubmissionDateInvalid, 'The date received is after the consultation closed.');
    }

    const text = request.text.trim();
    const proposedWording = optional(request.proposedWording);
    const organisationName = request.submitterType === SubmitterType.Resident ? null : optional(request.organisationName);
    const submitterName = optional(request.submitterName);
    const quote = optional(request.quote);
    const fields = { text, proposedWording, organisationName, submitterName, quote };
    const invalid = Object.entries(fields).filter(([, value]) => value !== null && CONTROL_CHARACTERS.test(value));
    if (text.length === 0 || invalid.length > 0) {
      throw new DomainException(
        ErrorCode.TextInvalid,
        'The text is empty or contains invisible control characters.',
        (text.length === 0 ? [['text']] : invalid).map(([field]) => ({ field, message: `${field} must be non-empty plain text` })),
      );
    }
    if (request.submitterType !== SubmitterType.Resident && !organisationName) {
      throw new DomainException(ErrorCode.OrganisationNameRequired, 'Give the name of the organisation the submission comes from.', [
        { field: 'organisationName', message: 'organisationName is required unless submitterType is resident' },
      ]);
    }
    const areaKey = optional(request.areaKey);
    if (areaKey && !(consultation.areas ?? []).some((area) => area.key === areaKey)) {
      throw new DomainException(ErrorCode.AreaUnknown, `This consultation has no area “${areaKey}”.`);
    }
    const anchor = await resolveAnchor(
      this.submissions.anchors,
      consultation.id,
      request.sectionKey,
      optional(request.paragraphKey),
      quote,
    );

    const id = randomUUID();
    const state = consultation.moderationMode === ModerationMode.Post ? CommentState.Published : CommentState.Pending;
    await this.submissions.transaction(async (manager) => {
      await this.submissions.insertComment(
        {
          id,
          consultationId: consultation.id,
          authorId: actor.id,
          ...anchor,
          text,
          stance: request.stance,
          proposedWording,
          areaKey,
          submitterType: request.submitterType,
          organisationName,
          state,
        },
        manager,
      );
      // Screened like a resident's comment (byStaff false: a flag holds it); no author or address for the posting rate.
      const outcome = await this.screening.screen(
        { kind: 'comment', id, commentId: id, consultationId: consultation.id, authorId: null, ip: null, text, byStaff: false },
        manager,
      );
      const finalState = outcome.hold ? CommentState.Pending : state;
      if (finalState !== state) await this.submissions.setState(id, finalState, manager);
      await this.submissions.setChannel(id, { channel: request.channel, receivedAt, submitterName }, manager);
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: AuditAction.EnterSubmission,
          targetType: AuditTargetType.Comment,
          targetId: id,
          consultationId: consultation.id,
          before: null,
          after: {
            state: finalState,
            channel: request.channel,
            receivedAt: receivedAt.toISOString(),
            submitterType: request.submitterType,
            organisationName,
            submitterName,
            text,
          },
        },
        manager,
      );
    });
    const [row] = await this.items.findRows(ModerationItemType.Comment, [id]);
    if (!row) throw itemNotFound(ModerationItemType.Comment);
    return toQueueItemDto(row, actor.id);
  }
}

function optional(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
