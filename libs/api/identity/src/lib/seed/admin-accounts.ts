import { DomainException } from '@consulta/api/core';
import { ErrorCode, Role, UserDto } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource } from 'typeorm';
import { generatePassword } from '../passwords/generate-password';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordPolicy } from '../passwords/password-policy';
import { SessionService } from '../sessions/session.service';
import { toUserDto } from '../sessions/session-user';
import { UserRepository } from '../users/user.repository';

export interface AdminAccountRequest {
  email: string;
  displayName?: string;
  /** Unset: keep the existing password, or generate one for a new account. */
  password?: string;
}

export interface AdminAccountResult {
  user: UserDto;
  created: boolean;
  /** Set only when this call generated the password: show it once. */
  generatedPassword: string | null;
}

const DEFAULT_ADMIN_NAME = 'Administrator';

/** Used by tools/admin/create-admin.ts: creates an admin or promotes an existing account. */
@Injectable()
export class AdminAccounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
  ) {}

  async createOrPromote(request: AdminAccountRequest): Promise<AdminAccountResult> {
    const email = request.email.trim().toLowerCase();
    if (!isEmail(email)) throw new DomainException(ErrorCode.ValidationFailed, `"${request.email}" is not a valid e-mail address.`);
    const existing = await this.users.findByEmail(email);
    const displayName = request.displayName?.trim() || existing?.displayName || DEFAULT_ADMIN_NAME;
    const generatedPassword = !existing && !request.password ? generatePassword() : null;
    const password = request.password ?? generatedPassword;
    if (request.password) this.policy.assertAcceptable(request.password, { email, displayName });
    const passwordHash = password ? await this.hasher.hash(password) : null;

    const user = await this.dataSource.transaction(async (manager) => {
      if (!existing) {
        return this.users.create(
          { email, displayName, passwordHash: passwordHash ?? '', role: Role.Admin, emailVerifiedAt: new Date() },
          manager,
        );
      }
      await this.users.update(
        existing.id,
        {
          role: Role.Admin,
          displayName,
          emailVerifiedAt: existing.emailVerifiedAt ?? new Date(),
          ...(passwordHash ? { passwordHash } : {}),
        },
        manager,
      );
      // A new password set from the console ends the sessions that knew the old one.
      if (passwordHash) await this.sessions.endOthers(existing.id, null, manager);
      return (await this.users.findById(existing.id, manager)) ?? existing;
    });
    return { user: toUserDto(user), created: !existing, generatedPassword };
  }
}
