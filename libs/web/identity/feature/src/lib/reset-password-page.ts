import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@consulta/shared/contracts';
import { I18nService, SessionStore, TranslatePipe, focusFirstInvalid, pageLink, visibleError } from '@consulta/web/core';
import { AlertMessage, FieldError } from '@consulta/web/ui';
import { passwordsMatch } from './password-match';
import { PasswordStrengthHint } from './password-strength-hint';

/** /reset-password?token=…: the link from the password reset e-mail. */
@Component({
  selector: 'cs-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FieldError, AlertMessage, PasswordStrengthHint],
  templateUrl: './reset-password-page.html',
})
export class ResetPasswordPage {
  readonly token = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  protected readonly links = { login: pageLink('login'), forgotPassword: pageLink('forgotPassword') };
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
      confirmation: ['', Validators.required],
    },
    { validators: passwordsMatch('password', 'confirmation') },
  );
  protected readonly password = toSignal(this.form.controls.password.valueChanges, { initialValue: '' });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly done = signal(false);
  private readonly failure = signal<unknown>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? this.i18n.describeError(failure) : null;
  });

  protected errorFor(name: 'password' | 'confirmation'): string | null {
    return visibleError(this.i18n, this.form.controls[name], this.submitted());
  }

  protected async saveNewPassword(formElement: HTMLFormElement): Promise<void> {
    const token = this.token();
    this.submitted.set(true);
    this.failure.set(null);
    if (!token) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(formElement, this.form);
      return;
    }
    this.pending.set(true);
    try {
      await this.session.confirmPasswordReset(token, this.form.getRawValue().password);
      this.done.set(true);
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.pending.set(false);
    }
  }
}
