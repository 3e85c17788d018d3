import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { OutboxRepository } from './outbox.repository';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text body. */
  text: string;
}

/**
 * Sends mail through SMTP_URL; without it, keeps the message in the dev outbox table so that
 * development and tests can read it (GET /api/dev/outbox).
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private transporter?: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
  ) {}

  get delivery(): 'smtp' | 'outbox' {
    return this.config.SMTP_URL ? 'smtp' : 'outbox';
  }

  async send(message: MailMessage): Promise<void> {
    const to = message.to.trim().toLowerCase();
    if (!this.config.SMTP_URL) {
      await this.outbox.add({ to, subject: message.subject, text: message.text });
      return;
    }
    this.transporter ??= createTransport(this.config.SMTP_URL);
    await this.transporter.sendMail({ from: this.config.MAIL_FROM, to, subject: message.subject, text: message.text });
    this.logger.debug(`Sent "${message.subject}" to ${to}`);
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}

/** Absolute http(s) links in a plain-text mail, in order of appearance. */
export function linksInText(text: string): string[] {
  return Array.from(text.matchAll(/https?:\/\/[^\s<>"')]+/g), (match) => match[0].replace(/[.,;:!?]+$/, ''));
}
