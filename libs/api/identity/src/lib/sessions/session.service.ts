import { AppConfig } from '@consulta/api/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import { UserEntity } from '../users/user.entity';
import { ClientContext, IssuedSession } from './session-user';
import { SessionRepository } from './session.repository';

/** Refresh last_seen_at at most this often, so that reading a page is not a write each time. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;
const EXPIRED_CLEANUP_BATCH = 100;
const USER_AGENT_MAX = 512;

export interface ActiveSession {
  sessionId: string;
  user: UserEntity;
}

/** Server-side sessions: the cookie holds a random token, the database its SHA-256. */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.SESSION_TTL_HOURS * 60 * 60 * 1000;
  }

  /** Starts a session with a brand-new token (never reuses the caller's: no fixation). */
  async start(userId: string, client: ClientContext, manager: EntityManager): Promise<IssuedSession> {
    if (client.sessionToken) await this.sessions.deleteByTokenHash(hashSecretToken(client.sessionToken), manager);
    await this.sessions.deleteExpiredForUser(userId, manager);
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.sessions.create(
      {
        tokenHash: hashSecretToken(token),
        userId,
        expiresAt,
        ip: client.ip?.slice(0, 64) ?? null,
        userAgent: client.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      },
      manager,
    );
    return { token, expiresAt };
  }

  /** The live session behind a cookie value, or null. Expired sessions are deleted on sight. */
  async resolve(token: string): Promise<ActiveSession | null> {
    const session = await this.sessions.findByTokenHash(hashSecretToken(token));
    if (!session?.user) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now) {
      await this.sessions.deleteById(session.id);
      await this.sessions.deleteExpired(EXPIRED_CLEANUP_BATCH);
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await this.sessions.touch(session.id);
    return { sessionId: session.id, user: session.user };
  }

  async end(token: string, manager?: EntityManager): Promise<void> {
    await this.sessions.deleteByTokenHash(hashSecretToken(token), manager);
  }

  /** Ends the user's sessions except `keepSessionId` (null ends all). */
  endOthers(userId: string, keepSessionId: string | null, manager: EntityManager): Promise<number> {
    return this.sessions.deleteForUser(userId, keepSessionId, manager);
  }
}
