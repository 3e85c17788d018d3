import { HttpClient, httpResource } from '@angular/common/http';
import { Injectable, Signal, inject } from '@angular/core';
import {
  ChangePasswordRequest,
  LoginRequest,
  OutboxMessageDto,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  RegisterRequest,
  SessionDto,
  UpdateProfileRequest,
  UserDto,
  VerifyEmailRequest,
} from '@consulta/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The /api/auth and /api/dev endpoints. Relative URLs: the API and the app share an origin. */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  session(): Promise<SessionDto> {
    return firstValueFrom(this.http.get<SessionDto>('/api/auth/session'));
  }

  /** Answers the new session (`{ user }`): registering signs the person in. */
  register(request: RegisterRequest): Promise<SessionDto> {
    return firstValueFrom(this.http.post<SessionDto>('/api/auth/register', request));
  }

  login(request: LoginRequest): Promise<SessionDto> {
    return firstValueFrom(this.http.post<SessionDto>('/api/auth/login', request));
  }

  logout(): Promise<void> {
    return this.postVoid('/api/auth/logout', {});
  }

  /** 204: the address is confirmed; the session (if any) is re-read by the store. */
  verifyEmail(request: VerifyEmailRequest): Promise<void> {
    return this.postVoid('/api/auth/verify-email', request);
  }

  resendVerification(): Promise<void> {
    return this.postVoid('/api/auth/resend-verification', {});
  }

  requestPasswordReset(request: PasswordResetRequest): Promise<void> {
    return this.postVoid('/api/auth/password-reset/request', request);
  }

  confirmPasswordReset(request: PasswordResetConfirmRequest): Promise<void> {
    return this.postVoid('/api/auth/password-reset/confirm', request);
  }

  changePassword(request: ChangePasswordRequest): Promise<void> {
    return this.postVoid('/api/auth/change-password', request);
  }

  updateProfile(request: UpdateProfileRequest): Promise<UserDto> {
    return firstValueFrom(this.http.patch<UserDto>('/api/auth/me', request));
  }

  /** Development outbox (404 outside development). Call in an injection context. */
  outboxResource(recipient: Signal<string>) {
    return httpResource<OutboxMessageDto[]>(() => {
      const to = recipient().trim();
      return to ? { url: '/api/dev/outbox', params: { to } } : { url: '/api/dev/outbox' };
    });
  }

  /** For 202/204 answers. JSON response type so that error bodies arrive parsed, with their `code`. */
  private async postVoid(url: string, body: object): Promise<void> {
    await firstValueFrom(this.http.post<null>(url, body));
  }
}
