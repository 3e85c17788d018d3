import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { UserTokenEntity, UserTokenPurpose } from './user-token.entity';

/** Owns every query on the e-mailed single-use tokens. */
@Injectable()
export class UserTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repository(manager?: EntityManager): Repository<UserTokenEntity> {
    return (manager ?? this.dataSource.manager).getRepository(UserTokenEntity);
  }

  create(
    token: Pick<UserTokenEntity, 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>,
    manager?: EntityManager,
  ): Promise<UserTokenEntity> {
    const repository = this.repository(manager);
    return repository.save(repository.create({ ...token, usedAt: null }));
  }

  findByHash(tokenHash: string, purpose: UserTokenPurpose, manager?: EntityManager): Promise<UserTokenEntity | null> {
    return this.repository(manager).findOneBy({ tokenHash, purpose });
  }

  /** Marks one token used; false when another request used it first (single use under a race). */
  async markUsed(id: string, manager?: EntityManager): Promise<boolean> {
    const result = await this.repository(manager).update({ id, usedAt: IsNull() }, { usedAt: () => 'now()' });
    return (result.affected ?? 0) === 1;
  }

  /** Retires every still-unused token of this purpose (after one of them did its job). */
  async markAllUsed(userId: string, purpose: UserTokenPurpose, manager?: EntityManager): Promise<void> {
    await this.repository(manager).update({ userId, purpose, usedAt: IsNull() }, { usedAt: () => 'now()' });
  }
}
