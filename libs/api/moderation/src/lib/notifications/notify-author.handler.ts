import { AppConfig, MailService } from '@consulta/api/core';
import { JobContext, JobHandler, JobProcessor } from '@consulta/api/jobs';
import { Injectable } from '@nestjs/common';
import { AuthorMail, dispositionMail, MailContext, officialReplyMail, rejectionMail } from './author-mails';
import { NotificationRepository, Recipient } from './notification.repository';
import { AuthorNotification, NOTIFY_AUTHOR_JOB } from './notification.service';

/**
 * Writes and sends one author notification in the author's language. Nothing is sent when the author's account is
 * gone, or the reply/disposition is no longer what it was when queued (at least once: a retry after a failed
 * delivery sends the mail again, which is the lesser evil next to losing it).
 */
@JobHandler(NOTIFY_AUTHOR_JOB)
@Injectable()
export class NotifyAuthorHandler implements JobProcessor<AuthorNotification, { sent: boolean }> {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async process({ payload }: JobContext<AuthorNotification>): Promise<{ sent: boolean }> {
    const mail = await this.compose(payload);
    if (!mail) return { sent: false };
    await this.mail.send({ to: mail.to, subject: mail.subject, text: mail.text });
    return { sent: true };
  }

  private async compose(payload: AuthorNotification): Promise<(AuthorMail & { to: string }) | null> {
    switch (payload.event) {
      case 'rejected':
      case 'hidden': {
        const recipient = await this.notifications.itemAuthor(payload.type, payload.id);
        if (!recipient) return null;
        return this.addressed(
          recipient,
          rejectionMail(this.context(recipient), payload.type, payload.reason, payload.note, payload.event === 'hidden'),
        );
      }
      case 'official_reply': {
        const reply = await this.notifications.officialReply(payload.replyId);
        // No mail to staff answering their own comment.
        if (!reply || reply.replyAuthorId === reply.commentAuthorId) return null;
        return this.addressed(reply, officialReplyMail(this.context(reply), reply.text));
      }
      case 'disposition': {
        const disposition = await this.notifications.approvedDisposition(payload.dispositionId);
        if (!disposition) return null;
        return this.addressed(disposition, dispositionMail(this.context(disposition), disposition.decision, disposition.justification));
      }
    }
  }

  private context(recipient: Recipient): MailContext {
    return {
      locale: recipient.locale,
      displayName: recipient.displayName,
      consultationTitle: recipient.consultationTitle,
      link: `${this.config.publicUrl}/k/${encodeURIComponent(recipient.consultationSlug)}?comment=${recipient.commentId}`,
    };
  }

  private addressed(recipient: Recipient, mail: AuthorMail): AuthorMail & { to: string } {
    return { ...mail, to: recipient.email };
  }
}
