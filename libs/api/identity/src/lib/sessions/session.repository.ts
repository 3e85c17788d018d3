import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan, Not, Repository } from 'typeorm';
import { SessionEntity } from './session.entity';

export type NewSession = Pick<SessionEntity, 'tokenHash' | 'userId' | 'expiresAt' | 'ip' | 'userAgent'>;

/** Owns every query on sessions. Pass the transaction's EntityManager when inside one. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repository(manager?: EntityManager): Repository<SessionEntity> {
    return (manager ?? this.dataSource.manager).getRepository(SessionEntity);
  }

  create(session: NewSession, manager?: EntityManager): Promise<SessionEntity> {
    const repository = this.repository(manager);
    return repository.save(repository.create(session));
  }

  /** The session and its user, expired or not (the caller decides). */
  findByTokenHash(tokenHash: string, manager?: EntityManager): Promise<SessionEntity | null> {
    return this.repository(manager).findOne({ where: { tokenHash }, relations: { user: true } });
  }

  async touch(id: string, manager?: EntityManager): Promise<void> {
    await this.repository(manager).update({ id }, { lastSeenAt: () => 'now()' });
  }

  async deleteById(id: string, manager?: EntityManager): Promise<void> {
    await this.repository(manager).delete({ id });
  }

  async deleteByTokenHash(tokenHash: string, manager?: EntityManager): Promise<void> {
    await this.repository(manager).delete({ tokenHash });
  }

  /** Ends every session of the user except `keepId` (null: all of them). */
  async deleteForUser(userId: string, keepId: string | null, manager?: EntityManager): Promise<number> {
    const result = await this.repository(manager).delete(keepId ? { userId, id: Not(keepId) } : { userId });
    return result.affected ?? 0;
  }

  async deleteExpiredForUser(userId: string, manager?: EntityManager): Promise<void> {
    await this.repository(manager).delete({ userId, expiresAt: LessThan(new Date()) });
  }

  /** Removes up to `limit` expired sessions of anyone (opportunistic cleanup). */
  async deleteExpired(limit: number, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      'DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT $1)',
      [limit],
    );
  }

  countForUser(userId: string, manager?: EntityManager): Promise<number> {
    return this.repository(manager).countBy({ userId });
  }
}
