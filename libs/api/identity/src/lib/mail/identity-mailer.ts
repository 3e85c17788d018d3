import { AppConfig, MailService } from '@consulta/api/core';
import { Injectable, Logger } from '@nestjs/common';
import { UserEntity } from '../users/user.entity';
import { IdentityMail, passwordResetMail, verificationMail } from './identity-mails';

/**
 * Sends the identity e-mails in the user's language. A delivery failure is logged, not thrown:
 * the account change has happened and the person can ask for the mail again.
 */
@Injectable()
export class IdentityMailer {
  private readonly logger = new Logger(IdentityMailer.name);

  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  sendVerification(user: UserEntity, token: string): Promise<void> {
    const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    return this.deliver(user, verificationMail(user.locale, user.displayName, link));
  }

  sendPasswordReset(user: UserEntity, token: string): Promise<void> {
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    return this.deliver(user, passwordResetMail(user.locale, user.displayName, link));
  }

  private async deliver(user: UserEntity, mail: IdentityMail): Promise<void> {
    try {
      await this.mail.send({ to: user.email, subject: mail.subject, text: mail.text });
    } catch (error) {
      this.logger.error(`Could not send "${mail.subject}" to user ${user.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
