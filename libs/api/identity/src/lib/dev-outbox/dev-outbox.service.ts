import { AppConfig, DomainException, linksInText, OutboxMessageEntity, OutboxRepository } from '@consulta/api/core';
import { ErrorCode, OutboxMessageDto } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Read access to mail kept in the dev outbox; the whole feature answers 404 unless enabled. */
@Injectable()
export class DevOutboxService {
  constructor(
    private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
  ) {}

  async list(to?: string): Promise<OutboxMessageDto[]> {
    this.requireEnabled();
    return (await this.outbox.list(to || undefined)).map(toOutboxMessageDto);
  }

  async get(id: string): Promise<OutboxMessageDto> {
    this.requireEnabled();
    const message = UUID.test(id) ? await this.outbox.findById(id) : null;
    if (!message) throw new DomainException(ErrorCode.NotFound, 'No such message in the outbox.');
    return toOutboxMessageDto(message);
  }

  private requireEnabled(): void {
    if (!this.config.devOutboxEnabled) throw new DomainException(ErrorCode.NotFound, 'Not found.');
  }
}

function toOutboxMessageDto(message: OutboxMessageEntity): OutboxMessageDto {
  return {
    id: message.id,
    to: message.to,
    subject: message.subject,
    text: message.text,
    links: linksInText(message.text),
    createdAt: message.createdAt.toISOString(),
  };
}
