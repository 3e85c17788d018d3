import { JobQueue } from '@consulta/api/jobs';
import { ModerationItemType, RejectionReason } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export const NOTIFY_AUTHOR_JOB = 'moderation.notify-author';

export type AuthorNotification =
  | { event: 'rejected' | 'hidden'; type: ModerationItemType; id: string; reason: RejectionReason; note: string | null }
  | { event: 'official_reply'; replyId: string }
  | { event: 'disposition'; dispositionId: string };

/**
 * Queues the e-mails to authors inside the deciding transaction (a rolled-back decision sends nothing); the job
 * (NotifyAuthorHandler) writes and sends them in the author's language.
 */
@Injectable()
export class NotificationService {
  constructor(private readonly jobs: JobQueue) {}

  async rejected(
    type: ModerationItemType,
    id: string,
    hidden: boolean,
    reason: RejectionReason,
    note: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await this.enqueue({ event: hidden ? 'hidden' : 'rejected', type, id, reason, note }, manager);
  }

  async officialReply(replyId: string, manager: EntityManager): Promise<void> {
    await this.enqueue({ event: 'official_reply', replyId }, manager);
  }

  async dispositionApproved(dispositionId: string, manager: EntityManager): Promise<void> {
    await this.enqueue({ event: 'disposition', dispositionId }, manager);
  }

  private async enqueue(notification: AuthorNotification, manager: EntityManager): Promise<void> {
    await this.jobs.enqueue(NOTIFY_AUTHOR_JOB, { ...notification }, {}, manager);
  }
}
