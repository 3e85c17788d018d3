import { MailModule, RateLimitModule } from '@consulta/api/core';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access/access.guard';
import { CsrfCookieController } from './access/csrf-cookie.controller';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { EmailVerificationService } from './auth/email-verification.service';
import { PasswordService } from './auth/password.service';
import { ProfileService } from './auth/profile.service';
import { DevOutboxController } from './dev-outbox/dev-outbox.controller';
import { DevOutboxService } from './dev-outbox/dev-outbox.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IdentityMailer } from './mail/identity-mailer';
import { PasswordHasher } from './passwords/password-hasher';
import { PasswordPolicy } from './passwords/password-policy';
import { AdminAccounts } from './seed/admin-accounts';
import { IdentitySeeder } from './seed/identity-seeder';
import { SessionCookie } from './sessions/session-cookie';
import { SessionRepository } from './sessions/session.repository';
import { SessionService } from './sessions/session.service';
import { UserTokenRepository } from './tokens/user-token.repository';
import { UserTokenService } from './tokens/user-token.service';
import { UserRepository } from './users/user.repository';

/**
 * Accounts, sessions, e-mail verification, passwords, and the global AccessGuard's dependencies.
 * The app registers the guard itself, after CsrfGuard: `{ provide: APP_GUARD, useClass: AccessGuard }`.
 */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), MailModule, RateLimitModule],
  controllers: [AuthController, CsrfCookieController, DevOutboxController],
  providers: [
    UserRepository,
    SessionRepository,
    UserTokenRepository,
    SessionService,
    SessionCookie,
    UserTokenService,
    PasswordHasher,
    PasswordPolicy,
    IdentityMailer,
    AuthService,
    EmailVerificationService,
    PasswordService,
    ProfileService,
    DevOutboxService,
    IdentitySeeder,
    AdminAccounts,
    AccessGuard,
  ],
  exports: [AccessGuard, SessionService, SessionCookie, UserRepository, PasswordHasher, IdentitySeeder, AdminAccounts],
})
export class IdentityModule {}
