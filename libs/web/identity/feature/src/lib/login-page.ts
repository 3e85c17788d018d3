import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { I18nService, SessionStore, TranslatePipe, focusFirstInvalid, pageLink, safeReturnUrl, visibleError } from '@consulta/web/core';
import { AlertMessage, FieldError } from '@consulta/web/ui';

@Component({
  selector: 'cs-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FieldError, AlertMessage],
  templateUrl: './login-page.html',
})
export class LoginPage {
  /** Where to go after signing in (query parameter, set by the guards). */
  readonly returnUrl = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly links = { register: pageLink('register'), forgotPassword: pageLink('forgotPassword') };
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  private readonly failure = signal<unknown>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? this.i18n.describeError(failure) : null;
  });

  protected errorFor(name: keyof typeof this.form.controls): string | null {
    return visibleError(this.i18n, this.form.controls[name], this.submitted());
  }

  protected async signIn(formElement: HTMLFormElement): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(formElement, this.form);
      return;
    }
    this.pending.set(true);
    try {
      await this.session.login(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.pending.set(false);
    }
  }
}
