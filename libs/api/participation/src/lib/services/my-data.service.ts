import { DomainException, RateLimitService } from '@consulta/api/core';
import { PasswordHasher, requireSignedIn, SessionUser, UserRepository } from '@consulta/api/identity';
import {
  AccountDeletionMode,
  DeleteAccountRequest,
  ErrorCode,
  MyCommentDto,
  MyDataExportDto,
  MyParticipationDto,
  MyReplyDto,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { toReplyDto } from '../participation.mapper';
import { PARTICIPATION_LIMITS } from '../participation-limits';
import { AccountDataRepository } from '../repositories/account-data.repository';
import { AgreementRepository } from '../repositories/agreement.repository';
import { CommentRepository } from '../repositories/comment.repository';
import { ReplyRepository } from '../repositories/reply.repository';
import { CommentService } from './comment.service';

/** A person's own participation: the overview, the GDPR export, and account deletion. */
@Injectable()
export class MyDataService {
  constructor(
    private readonly comments: CommentRepository,
    private readonly commentService: CommentService,
    private readonly replies: ReplyRepository,
    private readonly agreements: AgreementRepository,
    private readonly accountData: AccountDataRepository,
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Every comment and reply I wrote, in every state, newest first, with the city's official replies. */
  async participation(actor: SessionUser): Promise<MyParticipationDto> {
    requireSignedIn(actor);
    const commentRows = await this.comments.listByAuthor(actor.id);
    const [comments, official, replyRows] = await Promise.all([
      this.commentService.toDtos(commentRows, actor),
      this.replies.listOfficial(commentRows.map((row) => row.id)),
      this.replies.listByAuthor(actor.id),
    ]);
    const agreedReplies = await this.agreements.agreedBy(
      'reply',
      actor.id,
      [...official, ...replyRows].map((row) => row.id),
    );
    const myComments: MyCommentDto[] = comments.map((comment, index) => ({
      ...comment,
      consultationTitle: commentRows[index].consultationTitle,
      officialReplies: official
        .filter((reply) => reply.commentId === comment.id)
        .map((reply) => toReplyDto(reply, actor, agreedReplies.has(reply.id))),
    }));
    const myReplies: MyReplyDto[] = replyRows.map((row) => ({
      ...toReplyDto(row, actor, agreedReplies.has(row.id)),
      consultationSlug: row.consultationSlug,
      consultationTitle: row.consultationTitle,
    }));
    return { comments: myComments, replies: myReplies };
  }

  async export(actor: SessionUser): Promise<MyDataExportDto> {
    requireSignedIn(actor);
    const user = await this.users.findById(actor.id);
    if (!user) throw new DomainException(ErrorCode.Unauthenticated, 'Please sign in to continue.');
    const [participation, agreements] = await Promise.all([this.participation(actor), this.agreements.listByUser(actor.id)]);
    return {
      exportedAt: new Date().toISOString(),
      account: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        emailVerified: user.emailVerifiedAt !== null,
        locale: user.locale,
        createdAt: user.createdAt.toISOString(),
      },
      comments: participation.comments,
      replies: participation.replies,
      agreements: agreements.map((row) => ({
        commentId: row.commentId,
        replyId: row.replyId,
        createdAt: new Date(row.createdAt).toISOString(),
      })),
    };
  }

  /**
   * Deletes the account after re-checking the password, in one transaction: agreements taken back,
   * comments and replies anonymised or deleted as chosen, then the user (sessions and tokens cascade).
   */
  async deleteAccount(actor: SessionUser, request: DeleteAccountRequest): Promise<void> {
    requireSignedIn(actor);
    await this.rateLimits.consume(`delete-account:user:${actor.id}`, PARTICIPATION_LIMITS.accountDeletionPerAccount);
    const user = await this.users.findById(actor.id);
    if (!user || !(await this.passwords.verify(user.passwordHash, request.password))) {
      throw new DomainException(ErrorCode.WrongPassword, 'The password is not correct.', [
        { field: 'password', message: 'password is not correct' },
      ]);
    }
    await this.comments.transaction(async (manager) => {
      await this.agreements.removeAllBy(actor.id, manager);
      if (request.comments === AccountDeletionMode.Anonymise) await this.accountData.anonymise(actor.id, manager);
      else await this.accountData.deleteAll(actor.id, manager);
      await this.users.delete(actor.id, manager);
    });
  }
}
