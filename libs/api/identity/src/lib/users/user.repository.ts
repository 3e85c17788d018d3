import { DomainException } from '@consulta/api/core';
import { ErrorCode, Locale, Role } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, Repository } from 'typeorm';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role?: Role;
  locale?: Locale;
  emailVerifiedAt?: Date | null;
}

export type UserChanges = Partial<Pick<UserEntity, 'displayName' | 'locale' | 'passwordHash' | 'role' | 'emailVerifiedAt'>>;

const EMAIL_UNIQUE_INDEX = 'users_email_lower_key';

/** Owns every query on users. Pass the transaction's EntityManager when inside one. */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repository(manager?: EntityManager): Repository<UserEntity> {
    return (manager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository(manager).findOneBy({ id });
  }

  /** Case-insensitive, served by the unique index on lower(email). */
  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository(manager).createQueryBuilder('user').where('lower(user.email) = lower(:email)', { email: email.trim() }).getOne();
  }

  /** Inserts a user; a duplicate e-mail (even under a race) becomes EMAIL_TAKEN. */
  async create(user: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const repository = this.repository(manager);
    try {
      return await repository.save(repository.create({ ...user, email: user.email.trim().toLowerCase() }));
    } catch (error) {
      if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) {
        throw new DomainException(ErrorCode.EmailTaken, 'An account with this e-mail address already exists.');
      }
      throw error;
    }
  }

  async update(id: string, changes: UserChanges, manager?: EntityManager): Promise<void> {
    await this.repository(manager).update({ id }, changes);
  }

  /** Removes the account; sessions and tokens go with it (ON DELETE CASCADE). */
  async delete(id: string, manager?: EntityManager): Promise<void> {
    await this.repository(manager).delete({ id });
  }

  count(manager?: EntityManager): Promise<number> {
    return this.repository(manager).count();
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
