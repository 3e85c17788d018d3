import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailService } from './mail.service';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxRepository } from './outbox.repository';

/** Outgoing mail: SMTP when SMTP_URL is set, otherwise the dev outbox table. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  providers: [MailService, OutboxRepository],
  exports: [MailService, OutboxRepository],
})
export class MailModule {}
