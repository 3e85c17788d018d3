import { ChangeDetectionStrategy, Component, WritableSignal, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import {
  AccountDeletionMode,
  DISPLAY_NAME_MAX_LENGTH,
  LOCALES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@consulta/shared/contracts';
import {
  I18nService,
  LANGUAGE_LABEL,
  ROLE_LABEL,
  SessionStore,
  TranslatePipe,
  focusFirstInvalid,
  pageLink,
  visibleError,
} from '@consulta/web/core';
import { ParticipationApi } from '@consulta/web/participation/data-access';
import { AlertMessage, FieldError } from '@consulta/web/ui';
import { PasswordStrengthHint } from './password-strength-hint';

type Outcome = { kind: 'success'; message: 'account.profileSaved' | 'account.passwordChanged' } | { kind: 'error'; error: unknown };

/** /account (signed in only): profile, password change, my data, account deletion, sign-out. */
@Component({
  selector: 'cs-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FieldError, AlertMessage, PasswordStrengthHint],
  templateUrl: './account-page.html',
})
export class AccountPage {
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly session = inject(SessionStore);
  private readonly participation = inject(ParticipationApi);

  protected readonly locales = LOCALES;
  protected readonly languageLabel = LANGUAGE_LABEL;
  protected readonly roleLabel = ROLE_LABEL;
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;

  protected readonly profileForm = this.formBuilder.group({
    displayName: [this.session.user()?.displayName ?? '', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    locale: [this.session.user()?.locale ?? this.i18n.language()],
  });
  protected readonly passwordForm = this.formBuilder.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });
  protected readonly newPassword = toSignal(this.passwordForm.controls.newPassword.valueChanges, { initialValue: '' });

  protected readonly profileSubmitted = signal(false);
  protected readonly passwordSubmitted = signal(false);
  protected readonly pending = signal(false);
  private readonly profileOutcome = signal<Outcome | null>(null);
  private readonly passwordOutcome = signal<Outcome | null>(null);
  private readonly signOutFailure = signal<unknown>(null);
  protected readonly profileAlert = computed(() => this.describe(this.profileOutcome()));
  protected readonly passwordAlert = computed(() => this.describe(this.passwordOutcome()));
  protected readonly signOutError = computed(() => {
    const failure = this.signOutFailure();
    return failure ? this.i18n.describeError(failure) : null;
  });

  protected readonly deletionMode = AccountDeletionMode;
  protected readonly deleteForm = this.formBuilder.group({
    comments: [AccountDeletionMode.Anonymise as AccountDeletionMode],
    password: ['', Validators.required],
  });
  protected readonly deleteSubmitted = signal(false);
  protected readonly confirmingDelete = signal(false);
  protected readonly dataAlert = signal<{ kind: 'success' | 'error'; message: string } | null>(null);
  protected readonly deleteAlert = signal<string | null>(null);

  protected deleteError(): string | null {
    return visibleError(this.i18n, this.deleteForm.controls.password, this.deleteSubmitted());
  }

  /** GET /api/me/data, saved as a JSON file. */
  protected async downloadData(): Promise<void> {
    this.dataAlert.set(null);
    try {
      const blob = await this.participation.myData();
      const url = URL.createObjectURL(new Blob([blob], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'consulta-my-data.json';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.dataAlert.set({ kind: 'success', message: this.i18n.t('account.downloaded') });
    } catch (error) {
      this.dataAlert.set({ kind: 'error', message: this.i18n.describeError(error) });
    }
  }

  protected askDelete(formElement: HTMLFormElement): void {
    this.deleteSubmitted.set(true);
    this.deleteAlert.set(null);
    if (this.deleteForm.invalid) {
      this.deleteForm.markAllAsTouched();
      focusFirstInvalid(formElement, this.deleteForm);
      return;
    }
    this.confirmingDelete.set(true);
  }

  protected cancelDelete(): void {
    this.confirmingDelete.set(false);
  }

  protected async deleteAccount(): Promise<void> {
    this.pending.set(true);
    this.deleteAlert.set(null);
    try {
      await this.participation.deleteAccount(this.deleteForm.getRawValue());
      await this.session.refresh();
      await this.router.navigateByUrl(pageLink('home'), { state: { accountDeleted: true } });
    } catch (error) {
      this.confirmingDelete.set(false);
      this.deleteAlert.set(this.i18n.describeError(error));
    } finally {
      this.pending.set(false);
    }
  }

  protected profileError(name: 'displayName'): string | null {
    return visibleError(this.i18n, this.profileForm.controls[name], this.profileSubmitted());
  }

  protected passwordError(name: 'currentPassword' | 'newPassword'): string | null {
    return visibleError(this.i18n, this.passwordForm.controls[name], this.passwordSubmitted());
  }

  protected async saveProfile(formElement: HTMLFormElement): Promise<void> {
    this.profileSubmitted.set(true);
    this.profileOutcome.set(null);
    if (this.profileForm.invalid) {
      this.profileForm.markAllAsTouched();
      focusFirstInvalid(formElement, this.profileForm);
      return;
    }
    await this.run(this.profileOutcome, 'account.profileSaved', () => this.session.updateProfile(this.profileForm.getRawValue()));
  }

  protected async changePassword(formElement: HTMLFormElement): Promise<void> {
    this.passwordSubmitted.set(true);
    this.passwordOutcome.set(null);
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      focusFirstInvalid(formElement, this.passwordForm);
      return;
    }
    const changed = await this.run(this.passwordOutcome, 'account.passwordChanged', () =>
      this.session.changePassword(this.passwordForm.getRawValue()),
    );
    if (changed) {
      this.passwordForm.reset();
      this.passwordSubmitted.set(false);
    }
  }

  protected async signOut(): Promise<void> {
    this.signOutFailure.set(null);
    try {
      await this.session.logout();
      await this.router.navigateByUrl(pageLink('home'));
    } catch (error) {
      this.signOutFailure.set(error);
    }
  }

  private async run(
    outcome: WritableSignal<Outcome | null>,
    success: 'account.profileSaved' | 'account.passwordChanged',
    action: () => Promise<unknown>,
  ): Promise<boolean> {
    this.pending.set(true);
    try {
      await action();
      outcome.set({ kind: 'success', message: success });
      return true;
    } catch (error) {
      outcome.set({ kind: 'error', error });
      return false;
    } finally {
      this.pending.set(false);
    }
  }

  private describe(outcome: Outcome | null): { kind: 'success' | 'error'; message: string } | null {
    if (!outcome) {
      return null;
    }
    return outcome.kind === 'success'
      ? { kind: 'success', message: this.i18n.t(outcome.message) }
      : { kind: 'error', message: this.i18n.describeError(outcome.error) };
  }
}
