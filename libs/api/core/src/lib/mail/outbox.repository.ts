import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';

const OUTBOX_LIST_LIMIT = 100;

@Injectable()
export class OutboxRepository {
  private readonly repository: Repository<OutboxMessageEntity>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.repository = dataSource.getRepository(OutboxMessageEntity);
  }

  async add(message: Pick<OutboxMessageEntity, 'to' | 'subject' | 'text'>): Promise<OutboxMessageEntity> {
    return this.repository.save(this.repository.create(message));
  }

  /** Newest first, at most 100; `to` filters by recipient (exact, case-insensitive). */
  async list(to?: string): Promise<OutboxMessageEntity[]> {
    return this.repository.find({
      where: to ? { to: to.trim().toLowerCase() } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      take: OUTBOX_LIST_LIMIT,
    });
  }

  async findById(id: string): Promise<OutboxMessageEntity | null> {
    return this.repository.findOneBy({ id });
  }
}
