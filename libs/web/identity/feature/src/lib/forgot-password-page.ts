import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { I18nService, SessionStore, TranslatePipe, focusFirstInvalid, pageLink, visibleError } from '@consulta/web/core';
import { AlertMessage, FieldError } from '@consulta/web/ui';

@Component({
  selector: 'cs-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FieldError, AlertMessage],
  template: `
    <div class="narrow">
      <h1 tabindex="-1">{{ 'forgot.heading' | t }}</h1>
      @if (sent()) {
        <cs-alert-message kind="success" [message]="'forgot.sent' | t" />
        <p>
          <a [routerLink]="loginLink">{{ 'nav.signIn' | t }}</a>
        </p>
      } @else {
        <p>{{ 'forgot.intro' | t }}</p>
        @if (failureMessage(); as message) {
          <cs-alert-message kind="error" [message]="message" />
        }
        <form #formElement class="form" [formGroup]="form" (ngSubmit)="requestResetLink(formElement)" novalidate>
          <div class="field">
            <label for="forgot-email">{{ 'auth.email' | t }}</label>
            <input
              id="forgot-email"
              type="email"
              formControlName="email"
              autocomplete="email"
              required
              aria-describedby="forgot-email-error"
              [attr.aria-invalid]="emailError() ? true : null"
            />
            <cs-field-error errorId="forgot-email-error" [message]="emailError()" />
          </div>
          <button type="submit" class="button" [disabled]="pending()">{{ 'forgot.submit' | t }}</button>
        </form>
      }
    </div>
  `,
})
export class ForgotPasswordPage {
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  protected readonly loginLink = pageLink('login');
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly sent = signal(false);
  private readonly failure = signal<unknown>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? this.i18n.describeError(failure) : null;
  });

  protected emailError(): string | null {
    return visibleError(this.i18n, this.form.controls.email, this.submitted());
  }

  protected async requestResetLink(formElement: HTMLFormElement): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(formElement, this.form);
      return;
    }
    this.pending.set(true);
    try {
      await this.session.requestPasswordReset(this.form.getRawValue().email);
      this.sent.set(true);
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.pending.set(false);
    }
  }
}
