import { DomainException, RateLimitedException, RateLimitService, RateLimitState } from '@consulta/api/core';
import { DEFAULT_LOCALE, ErrorCode, LoginRequest, RegisterRequest, SessionDto, UserDto } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IDENTITY_LIMITS } from '../identity-limits';
import { IdentityMailer } from '../mail/identity-mailer';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordPolicy } from '../passwords/password-policy';
import { ClientContext, IssuedSession, SessionUser, toUserDto } from '../sessions/session-user';
import { SessionService } from '../sessions/session.service';
import { UserTokenPurpose } from '../tokens/user-token.entity';
import { UserTokenService } from '../tokens/user-token.service';
import { UserRepository } from '../users/user.repository';

/** A signed-in result: the user for the body, the session for the cookie. */
export interface SignedIn {
  user: UserDto;
  session: IssuedSession;
}

/** Registration, sign-in, sign-out and "who am I". */
@Injectable()
export class AuthService {
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

  async currentSession(actor: SessionUser | null): Promise<SessionDto> {
    if (!actor) return { user: null };
    const user = await this.users.findById(actor.id);
    return { user: user ? toUserDto(user) : null };
  }

  /** Creates a resident account, signs it in and mails the verification link. */
  async register(request: RegisterRequest, client: ClientContext): Promise<SignedIn> {
    await this.limits.consume(`register:ip:${client.ip ?? 'unknown'}`, IDENTITY_LIMITS.registrationsPerIp);
    const email = request.email.trim().toLowerCase();
    const displayName = request.displayName.trim();
    this.policy.assertAcceptable(request.password, { email, displayName });
    if (await this.users.findByEmail(email)) {
      throw new DomainException(ErrorCode.EmailTaken, 'An account with this e-mail address already exists.');
    }
    const passwordHash = await this.hasher.hash(request.password);

    const { user, verificationToken, session } = await this.dataSource.transaction(async (manager) => {
      const user = await this.users.create({ email, displayName, passwordHash, locale: request.locale ?? DEFAULT_LOCALE }, manager);
      const verificationToken = await this.tokens.issue(user.id, UserTokenPurpose.EmailVerification, manager);
      const session = await this.sessions.start(user.id, client, manager);
      return { user, verificationToken, session };
    });
    await this.mailer.sendVerification(user, verificationToken);
    return { user: toUserDto(user), session };
  }

  /**
   * Throttled per IP (every attempt) and per account (failures). Unknown e-mails cost the same
   * argon2 work as known ones and count failures the same way, so neither timing nor throttling
   * tells which accounts exist.
   */
  async login(request: LoginRequest, client: ClientContext): Promise<SignedIn> {
    const email = request.email.trim().toLowerCase();
    const perIp = await this.limits.hit(`login:ip:${client.ip ?? 'unknown'}`, IDENTITY_LIMITS.loginAttemptsPerIp);
    if (!perIp.allowed) throw loginThrottled(perIp);
    const accountKey = `login:account:${email}`;
    const perAccount = await this.limits.peek(accountKey, IDENTITY_LIMITS.loginFailuresPerAccount);
    if (!perAccount.allowed) throw loginThrottled(perAccount);

    const user = await this.users.findByEmail(email);
    const valid = user ? await this.hasher.verify(user.passwordHash, request.password) : await this.hasher.verifyNobody(request.password);
    if (!user || !valid) {
      await this.limits.hit(accountKey, IDENTITY_LIMITS.loginFailuresPerAccount);
      throw new DomainException(ErrorCode.InvalidCredentials, 'The e-mail address or password is not correct.');
    }
    await this.limits.reset(accountKey);

    const rehash = this.hasher.needsRehash(user.passwordHash) ? await this.hasher.hash(request.password) : null;
    const session = await this.dataSource.transaction(async (manager) => {
      if (rehash) await this.users.update(user.id, { passwordHash: rehash }, manager);
      return this.sessions.start(user.id, client, manager);
    });
    return { user: toUserDto(user), session };
  }

  /** Deletes the request's session, if any. Signing out twice is not an error. */
  async logout(client: ClientContext): Promise<void> {
    if (client.sessionToken) await this.sessions.end(client.sessionToken);
  }
}

function loginThrottled(state: RateLimitState): RateLimitedException {
  const minutes = Math.max(1, Math.ceil(state.retryAfterSeconds / 60));
  return new RateLimitedException(
    ErrorCode.LoginThrottled,
    `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    state.retryAfterSeconds,
  );
}
