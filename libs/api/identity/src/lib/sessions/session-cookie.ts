import { AppConfig } from '@consulta/api/core';
import { SESSION_COOKIE } from '@consulta/shared/contracts';
import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { ClientContext, IssuedSession } from './session-user';

/** Reads and writes the session cookie: HttpOnly, SameSite=Lax, Secure per config, path /. */
@Injectable()
export class SessionCookie {
  constructor(private readonly config: AppConfig) {}

  private get options(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/' };
  }

  read(request: Request): string | null {
    return readSessionToken(request);
  }

  write(response: Response, session: IssuedSession): void {
    response.cookie(SESSION_COOKIE, session.token, { ...this.options, maxAge: this.config.SESSION_TTL_HOURS * 60 * 60 * 1000 });
  }

  clear(response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.options);
  }
}

/** The session token in the request's cookie, when it has the shape of one. */
export function readSessionToken(request: Request): string | null {
  const value = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

/** Where the request came from (request.ip honours TRUST_PROXY) and the session cookie it carried. */
export const Client = createParamDecorator((_data: unknown, context: ExecutionContext): ClientContext => {
  const request = context.switchToHttp().getRequest<Request>();
  return { ip: request.ip ?? null, userAgent: request.header('user-agent') ?? null, sessionToken: readSessionToken(request) };
});
