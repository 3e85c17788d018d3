import { DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from './secret-token';
import { UserTokenEntity, UserTokenPurpose } from './user-token.entity';
import { UserTokenRepository } from './user-token.repository';

/** How long an e-mailed link works. */
export const TOKEN_LIFETIME_MS: Record<UserTokenPurpose, number> = {
  [UserTokenPurpose.EmailVerification]: 48 * 60 * 60 * 1000,
  [UserTokenPurpose.PasswordReset]: 60 * 60 * 1000,
};

/** Issues and redeems the single-use tokens sent in e-mails. */
@Injectable()
export class UserTokenService {
  constructor(private readonly tokens: UserTokenRepository) {}

  /** Returns the secret for the link; only its hash is stored. */
  async issue(userId: string, purpose: UserTokenPurpose, manager: EntityManager): Promise<string> {
    const secret = newSecretToken();
    await this.tokens.create(
      { userId, purpose, tokenHash: hashSecretToken(secret), expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]) },
      manager,
    );
    return secret;
  }

  /** TOKEN_INVALID, TOKEN_USED or TOKEN_EXPIRED when the token cannot be used; does not use it up. */
  async check(secret: string, purpose: UserTokenPurpose, manager?: EntityManager): Promise<UserTokenEntity> {
    const token = await this.tokens.findByHash(hashSecretToken(secret), purpose, manager);
    if (!token) throw new DomainException(ErrorCode.TokenInvalid, 'This link is not valid. Check that you copied all of it.');
    if (token.usedAt) throw new DomainException(ErrorCode.TokenUsed, 'This link has already been used.');
    if (token.expiresAt.getTime() <= Date.now())
      throw new DomainException(ErrorCode.TokenExpired, 'This link has expired. Ask for a new one.');
    return token;
  }

  /** Checks and uses up a token (and retires the user's other tokens of the same purpose). */
  async redeem(secret: string, purpose: UserTokenPurpose, manager: EntityManager): Promise<UserTokenEntity> {
    const token = await this.check(secret, purpose, manager);
    if (!(await this.tokens.markUsed(token.id, manager))) {
      throw new DomainException(ErrorCode.TokenUsed, 'This link has already been used.');
    }
    await this.tokens.markAllUsed(token.userId, purpose, manager);
    return token;
  }
}
