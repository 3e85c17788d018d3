import { DomainException } from '@consulta/api/core';
import { requireSignedIn, SessionUser } from '@consulta/api/identity';
import { AgreementDto, CommentState, ErrorCode } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { isAuthor } from '../participation.mapper';
import { AgreementRepository, AgreementTarget } from '../repositories/agreement.repository';
import { CommentService } from './comment.service';
import { ReplyService } from './reply.service';

/** "I agree" with a published comment or reply: one per person, never with one's own, while the consultation is open. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly comments: CommentService,
    private readonly replies: ReplyService,
  ) {}

  async agree(target: AgreementTarget, id: string, actor: SessionUser): Promise<AgreementDto> {
    requireSignedIn(actor);
    const consultationId = await this.checkTarget(target, id, actor);
    await this.comments.requireOpen(consultationId);
    const count = await this.agreements.transaction((manager) => this.agreements.add(target, id, actor.id, manager));
    if (count === null) throw new DomainException(ErrorCode.AlreadyAgreed, 'You have already agreed with this.');
    return { agreeCount: count, agreedByMe: true };
  }

  async withdraw(target: AgreementTarget, id: string, actor: SessionUser): Promise<AgreementDto> {
    requireSignedIn(actor);
    const consultationId = await this.checkTarget(target, id, actor);
    await this.comments.requireOpen(consultationId);
    const count = await this.agreements.transaction((manager) => this.agreements.remove(target, id, actor.id, manager));
    if (count === null) throw new DomainException(ErrorCode.NotAgreed, 'You have not agreed with this.');
    return { agreeCount: count, agreedByMe: false };
  }

  /** The target's consultation; 404 unless it is published, 409 for one's own. */
  private async checkTarget(target: AgreementTarget, id: string, actor: SessionUser): Promise<string> {
    if (target === 'comment') {
      const comment = await this.comments.findVisible(id, actor);
      if (isAuthor(actor, comment)) throw cannotAgreeWithOwn();
      if (comment.state !== CommentState.Published) throw new DomainException(ErrorCode.CommentNotFound, 'There is no such comment.');
      return comment.consultationId;
    }
    const reply = await this.replies.findVisible(id, actor);
    if (isAuthor(actor, reply)) throw cannotAgreeWithOwn();
    if (reply.state !== CommentState.Published) throw new DomainException(ErrorCode.ReplyNotFound, 'There is no such reply.');
    const comment = await this.comments.findVisible(reply.commentId, actor);
    return comment.consultationId;
  }
}

function cannotAgreeWithOwn(): DomainException {
  return new DomainException(ErrorCode.CannotAgreeWithOwn, 'You cannot agree with your own text.');
}
