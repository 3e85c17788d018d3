import { CSRF_COOKIE, CSRF_HEADER, ErrorCode } from '@consulta/shared/contracts';
import { CanActivate, ExecutionContext, Injectable, NestMiddleware, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { DomainException } from '../errors/domain.exception';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SKIP_CSRF = 'consulta:skip-csrf';

/** Exempts a handler from CSRF checks. Only for endpoints that never act on a session (none so far). */
export const SkipCsrf = (): MethodDecorator & ClassDecorator => SetMetadata(SKIP_CSRF, true);

/**
 * Issues the CSRF cookie (readable by the page, SameSite=Strict) when a request arrives without one.
 * Angular's HttpClient echoes it in the X-XSRF-TOKEN header on mutating requests.
 */
@Injectable()
export class CsrfCookieMiddleware implements NestMiddleware {
  constructor(private readonly config: AppConfig) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const existing = (request.cookies as Record<string, string> | undefined)?.[CSRF_COOKIE];
    if (!existing || !/^[A-Za-z0-9_-]{32,}$/.test(existing)) {
      const token = randomBytes(32).toString('base64url');
      response.cookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'strict', secure: this.config.cookieSecure, path: '/' });
      (request.cookies as Record<string, string>)[CSRF_COOKIE] = token;
    }
    next();
  }
}

/**
 * Double-submit check on every mutating request: the header must equal the cookie, and a
 * cross-site Origin is refused outright. Combined with SameSite session cookies.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (this.reflector.getAllAndOverride<boolean>(SKIP_CSRF, [context.getHandler(), context.getClass()])) return true;

    const origin = request.headers.origin;
    if (origin && origin !== 'null' && !this.isSameOrigin(origin, request)) {
      throw new DomainException(ErrorCode.CsrfTokenInvalid, 'Cross-site requests are not allowed.');
    }
    const cookie = (request.cookies as Record<string, string> | undefined)?.[CSRF_COOKIE];
    const header = request.header(CSRF_HEADER);
    if (!cookie || !header || !safeEqual(cookie, header)) {
      throw new DomainException(ErrorCode.CsrfTokenInvalid, 'The security token is missing or out of date. Reload the page and try again.');
    }
    return true;
  }

  private isSameOrigin(origin: string, request: Request): boolean {
    try {
      const host = new URL(origin).host;
      return host === request.headers.host || host === new URL(this.config.publicUrl).host;
    } catch {
      return false;
    }
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
