import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { DISPLAY_NAME_MAX_LENGTH, LOCALES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@consulta/shared/contracts';
import { I18nService, LANGUAGE_LABEL, SessionStore, TranslatePipe, focusFirstInvalid, pageLink, visibleError } from '@consulta/web/core';
import { AlertMessage, FieldError } from '@consulta/web/ui';
import { PasswordStrengthHint } from './password-strength-hint';

@Component({
  selector: 'cs-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FieldError, AlertMessage, PasswordStrengthHint],
  templateUrl: './register-page.html',
})
export class RegisterPage {
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  protected readonly links = { login: pageLink('login'), home: pageLink('home') };
  protected readonly locales = LOCALES;
  protected readonly languageLabel = LANGUAGE_LABEL;
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
    locale: [this.i18n.language()],
  });
  protected readonly password = toSignal(this.form.controls.password.valueChanges, { initialValue: '' });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly registeredEmail = signal<string | null>(null);
  private readonly failure = signal<unknown>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? this.i18n.describeError(failure) : null;
  });
  protected readonly failureDetails = computed(() => this.i18n.describeErrorDetails(this.failure()));

  protected errorFor(name: keyof typeof this.form.controls): string | null {
    return visibleError(this.i18n, this.form.controls[name], this.submitted());
  }

  protected async createAccount(formElement: HTMLFormElement): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(formElement, this.form);
      return;
    }
    this.pending.set(true);
    try {
      const user = await this.session.register(this.form.getRawValue());
      this.registeredEmail.set(user.email);
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.pending.set(false);
    }
  }
}
