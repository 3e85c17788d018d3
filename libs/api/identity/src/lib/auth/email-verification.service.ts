import { DomainException, RateLimitService } from '@consulta/api/core';
import { ErrorCode, VerifyEmailRequest } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireSignedIn } from '../access/require-actor';
import { IDENTITY_LIMITS } from '../identity-limits';
import { IdentityMailer } from '../mail/identity-mailer';
import { ClientContext, SessionUser } from '../sessions/session-user';
import { UserTokenPurpose } from '../tokens/user-token.entity';
import { UserTokenService } from '../tokens/user-token.service';
import { UserRepository } from '../users/user.repository';

@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly tokens: UserTokenService,
    private readonly limits: RateLimitService,
    private readonly mailer: IdentityMailer,
  ) {}

  /** Anyone holding the link may use it (it may be opened in another browser than the one signed in). */
  async verify(request: VerifyEmailRequest): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const token = await this.tokens.redeem(request.token, UserTokenPurpose.EmailVerification, manager);
      const user = await this.users.findById(token.userId, manager);
      if (user && !user.emailVerifiedAt) await this.users.update(user.id, { emailVerifiedAt: new Date() }, manager);
    });
  }

  async resend(actor: SessionUser | null, client: ClientContext): Promise<void> {
    requireSignedIn(actor);
    await this.limits.consume(`verification-resend:ip:${client.ip ?? 'unknown'}`, IDENTITY_LIMITS.verificationResendsPerIp);
    const user = await this.users.findById(actor.id);
    if (!user) throw new DomainException(ErrorCode.Unauthenticated, 'Please sign in to continue.');
    if (user.emailVerifiedAt) throw new DomainException(ErrorCode.EmailAlreadyVerified, 'Your e-mail address is already confirmed.');
    await this.limits.consume(`verification-resend:user:${user.id}`, IDENTITY_LIMITS.verificationResendsPerUser);
    const token = await this.dataSource.transaction((manager) => this.tokens.issue(user.id, UserTokenPurpose.EmailVerification, manager));
    await this.mailer.sendVerification(user, token);
  }
}
