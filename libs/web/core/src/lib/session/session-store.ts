import { Injectable, computed, inject, signal } from '@angular/core';
import {
  ChangePasswordRequest,
  LoginRequest,
  RegisterRequest,
  Role,
  SessionDto,
  STAFF_ROLES,
  UpdateProfileRequest,
  UserDto,
} from '@consulta/shared/contracts';
import { IdentityApi } from '../http/identity-api';
import { I18nService } from '../i18n/i18n.service';

/** Who is signed in. The server is the authority; this mirrors GET /api/auth/session. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(IdentityApi);
  private readonly i18n = inject(I18nService);
  private readonly currentUser = signal<UserDto | null>(null);
  private readonly sessionLoaded = signal(false);
  private loading: Promise<void> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly loaded = this.sessionLoaded.asReadonly();
  readonly isSignedIn = computed(() => this.currentUser() !== null);
  readonly isAdmin = computed(() => this.currentUser()?.role === Role.Admin);
  readonly isStaff = computed(() => {
    const role = this.currentUser()?.role;
    return role !== undefined && STAFF_ROLES.includes(role);
  });

  /** Loads the session once; later calls reuse the first answer. */
  ensureLoaded(): Promise<void> {
    this.loading ??= this.refresh();
    return this.loading;
  }

  async refresh(): Promise<void> {
    try {
      const session = await this.api.session();
      this.currentUser.set(session.user);
    } catch {
      // Unknown session: behave as signed out; protected calls will answer 401 anyway.
      this.currentUser.set(null);
    } finally {
      this.sessionLoaded.set(true);
    }
  }

  async register(request: RegisterRequest): Promise<UserDto> {
    return this.signIn(await this.api.register(request));
  }

  async login(request: LoginRequest): Promise<UserDto> {
    return this.signIn(await this.api.login(request));
  }

  async logout(): Promise<void> {
    await this.api.logout();
    this.currentUser.set(null);
  }

  /** Confirms the address, then re-reads the session so a signed-in person shows as verified. */
  async verifyEmail(token: string): Promise<void> {
    await this.api.verifyEmail({ token });
    await this.refresh();
  }

  resendVerification(): Promise<void> {
    return this.api.resendVerification();
  }

  async updateProfile(request: UpdateProfileRequest): Promise<UserDto> {
    const user = await this.api.updateProfile(request);
    this.currentUser.set(user);
    if (request.locale) {
      this.i18n.setLanguage(user.locale);
    }
    return user;
  }

  changePassword(request: ChangePasswordRequest): Promise<void> {
    return this.api.changePassword(request);
  }

  requestPasswordReset(email: string): Promise<void> {
    return this.api.requestPasswordReset({ email });
  }

  confirmPasswordReset(token: string, password: string): Promise<void> {
    return this.api.confirmPasswordReset({ token, password });
  }

  /** The interface keeps the language chosen in this browser; the profile language is for e-mails. */
  private signIn({ user }: SessionDto): UserDto {
    if (!user) throw new Error('The server answered a sign-in without a user');
    this.currentUser.set(user);
    this.sessionLoaded.set(true);
    this.loading = Promise.resolve();
    return user;
  }
}
