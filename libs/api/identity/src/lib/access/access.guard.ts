import { DomainException } from '@consulta/api/core';
import { ErrorCode, SESSION_COOKIE } from '@consulta/shared/contracts';
import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { SessionCookie } from '../sessions/session-cookie';
import { toSessionUser } from '../sessions/session-user';
import { SessionService } from '../sessions/session.service';
import { ACCESS_POLICY, AccessPolicy, IdentityRequest, REQUIRE_VERIFIED_EMAIL } from './access.decorators';

/**
 * Global guard: loads the session user and applies the route's access policy.
 * A route without @Public(), @Authenticated() or @Roles() is refused: forgetting the decorator
 * can never expose an endpoint. Register after CsrfGuard: `{ provide: APP_GUARD, useClass: AccessGuard }`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly cookie: SessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Only HTTP routes carry sessions; other transports (none today) have their own checks.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, targets);
    const request = context.switchToHttp().getRequest<IdentityRequest>();

    if (!policy) {
      this.logger.error(
        `${request.method} ${request.path} (${context.getClass().name}.${context.getHandler().name}) has no access decorator: refused.`,
      );
      throw new DomainException(ErrorCode.Forbidden, 'This route is not available.');
    }

    const user = await this.loadUser(request, context.switchToHttp().getResponse<Response>());
    if (policy.kind === 'public') return true;
    if (!user) throw new DomainException(ErrorCode.Unauthenticated, 'Please sign in to continue.');
    if (policy.kind === 'roles' && !policy.roles.includes(user.role)) {
      throw new DomainException(ErrorCode.Forbidden, 'You do not have permission to do this.');
    }
    if (this.reflector.getAllAndOverride<boolean | undefined>(REQUIRE_VERIFIED_EMAIL, targets) && !user.emailVerified) {
      throw new DomainException(ErrorCode.EmailNotVerified, 'Please confirm your e-mail address first.');
    }
    return true;
  }

  private async loadUser(request: IdentityRequest, response: Response): Promise<IdentityRequest['sessionUser']> {
    if (request.sessionUser !== undefined) return request.sessionUser;
    const token = this.cookie.read(request);
    const active = token ? await this.sessions.resolve(token) : null;
    // A cookie that no longer names a live session is dropped from the browser.
    if (!active && (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE] !== undefined) this.cookie.clear(response);
    request.sessionUser = active ? toSessionUser(active.user, active.sessionId) : null;
    return request.sessionUser;
  }
}
