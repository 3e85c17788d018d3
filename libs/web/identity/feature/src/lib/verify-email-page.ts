import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ErrorCode } from '@consulta/shared/contracts';
import { I18nService, SessionStore, TranslatePipe, hasErrorCode, pageLink } from '@consulta/web/core';
import { AlertMessage } from '@consulta/web/ui';

/** /verify-email?token=…: the link from the verification e-mail. Verifies as soon as it opens. */
@Component({
  selector: 'cs-verify-email-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, AlertMessage],
  templateUrl: './verify-email-page.html',
})
export class VerifyEmailPage {
  /** Query parameter from the e-mail link. */
  readonly token = input<string>();

  private readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionStore);
  protected readonly links = { home: pageLink('home'), login: pageLink('login') };

  protected readonly verification = resource({
    params: () => this.token() || undefined,
    // Resolves to true once verified (a resource with an undefined value would look unfinished).
    loader: async ({ params: token }) => {
      await this.session.verifyEmail(token);
      return true;
    },
  });
  protected readonly alreadyVerified = computed(() => hasErrorCode(this.verification.error(), ErrorCode.EmailAlreadyVerified));
  protected readonly alreadyVerifiedMessage = computed(() => this.i18n.errorMessage(ErrorCode.EmailAlreadyVerified));
  protected readonly failureMessage = computed(() => {
    const error = this.verification.error();
    return error && !this.alreadyVerified() ? this.i18n.describeError(error) : null;
  });
  protected readonly canResend = computed(
    () => this.failureMessage() !== null || (this.token() === undefined && this.session.user()?.emailVerified === false),
  );

  protected readonly resendState = signal<'idle' | 'pending' | 'sent'>('idle');
  private readonly resendFailure = signal<unknown>(null);
  protected readonly resendFailureMessage = computed(() => {
    const failure = this.resendFailure();
    return failure ? this.i18n.describeError(failure) : null;
  });

  protected async resendVerificationEmail(): Promise<void> {
    this.resendState.set('pending');
    this.resendFailure.set(null);
    try {
      await this.session.resendVerification();
      this.resendState.set('sent');
    } catch (error) {
      this.resendFailure.set(error);
      this.resendState.set('idle');
    }
  }
}
