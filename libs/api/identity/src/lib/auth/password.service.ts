import { DomainException, RateLimitedException, RateLimitService } from '@consulta/api/core';
import { ChangePasswordRequest, ErrorCode, PasswordResetConfirmRequest, PasswordResetRequest } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireSignedIn } from '../access/require-actor';
import { IDENTITY_LIMITS } from '../identity-limits';
import { IdentityMailer } from '../mail/identity-mailer';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordPolicy } from '../passwords/password-policy';
import { ClientContext, SessionUser } from '../sessions/session-user';
import { SessionService } from '../sessions/session.service';
import { UserTokenPurpose } from '../tokens/user-token.entity';
import { UserTokenService } from '../tokens/user-token.service';
import { UserRepository } from '../users/user.repository';

/** Forgotten passwords (reset by e-mailed link) and changing a known one. */
@Injectable()
export class PasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly tokens: UserTokenService,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly limits: RateLimitService,
    private readonly mailer: IdentityMailer,
  ) {}

  /** Same answer whether or not the address has an account; the mail goes only to real ones. */
  async requestReset(request: PasswordResetRequest, client: ClientContext): Promise<void> {
    await this.limits.consume(`password-reset:ip:${client.ip ?? 'unknown'}`, IDENTITY_LIMITS.passwordResetRequestsPerIp);
    const email = request.email.trim().toLowerCase();
    const user = await this.users.findByEmail(email);
    if (!user) return;
    const perEmail = await this.limits.hit(`password-reset:email:${email}`, IDENTITY_LIMITS.passwordResetMailsPerEmail);
    if (!perEmail.allowed) return;
    const token = await this.dataSource.transaction((manager) => this.tokens.issue(user.id, UserTokenPurpose.PasswordReset, manager));
    await this.mailer.sendPasswordReset(user, token);
  }

  /** Sets the new password and ends every session of the account. The link also proves the e-mail address. */
  async confirmReset(request: PasswordResetConfirmRequest): Promise<void> {
    const token = await this.tokens.check(request.token, UserTokenPurpose.PasswordReset);
    const user = await this.users.findById(token.userId);
    if (!user) throw new DomainException(ErrorCode.TokenInvalid, 'This link is not valid.');
    this.policy.assertAcceptable(request.password, user);
    const passwordHash = await this.hasher.hash(request.password);
    await this.dataSource.transaction(async (manager) => {
      // Checked again inside the transaction: only one of two concurrent uses gets through.
      await this.tokens.redeem(request.token, UserTokenPurpose.PasswordReset, manager);
      await this.users.update(user.id, { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() }, manager);
      await this.sessions.endOthers(user.id, null, manager);
    });
  }

  /** Needs the current password; keeps this session and ends the others. */
  async change(actor: SessionUser | null, request: ChangePasswordRequest): Promise<void> {
    requireSignedIn(actor);
    const failuresKey = `password-change:user:${actor.id}`;
    const failures = await this.limits.peek(failuresKey, IDENTITY_LIMITS.passwordChangeFailuresPerUser);
    if (!failures.allowed) {
      throw new RateLimitedException(
        ErrorCode.RateLimited,
        'Too many wrong passwords. Please wait and try again.',
        failures.retryAfterSeconds,
      );
    }
    const user = await this.users.findById(actor.id);
    if (!user) throw new DomainException(ErrorCode.Unauthenticated, 'Please sign in to continue.');
    if (!(await this.hasher.verify(user.passwordHash, request.currentPassword))) {
      await this.limits.hit(failuresKey, IDENTITY_LIMITS.passwordChangeFailuresPerUser);
      throw new DomainException(ErrorCode.WrongPassword, 'The current password is not correct.');
    }
    this.policy.assertAcceptable(request.newPassword, user);
    const passwordHash = await this.hasher.hash(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.users.update(user.id, { passwordHash }, manager);
      await this.sessions.endOthers(user.id, actor.sessionId, manager);
    });
  }
}
