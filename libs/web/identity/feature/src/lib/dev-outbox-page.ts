import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { OutboxMessageDto } from '@consulta/shared/contracts';
import { CityDatePipe, I18nService, IdentityApi, SessionStore, TranslatePipe, toApiError } from '@consulta/web/core';
import { AlertMessage } from '@consulta/web/ui';

/**
 * /dev/outbox: the development mailbox. Shows what the app would have e-mailed, with the links
 * as ordinary anchors so that a tester can follow a verification or reset link.
 */
@Component({
  selector: 'cs-dev-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslatePipe, CityDatePipe, AlertMessage],
  templateUrl: './dev-outbox-page.html',
})
export class DevOutboxPage {
  private readonly i18n = inject(I18nService);

  /** What the recipient field holds; the list follows `recipient` only when the form is submitted. */
  protected readonly recipientInput = signal(inject(SessionStore).user()?.email ?? '');
  private readonly recipient = signal(this.recipientInput());
  private readonly outbox = inject(IdentityApi).outboxResource(this.recipient);

  protected readonly unavailable = computed(() => toApiError(this.outbox.error()).status === 404);
  protected readonly failureMessage = computed(() => {
    const error = this.outbox.error();
    return error && !this.unavailable() ? this.i18n.describeError(error) : null;
  });
  protected readonly messages = computed<OutboxMessageDto[]>(() =>
    this.outbox.hasValue() ? [...(this.outbox.value() ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [],
  );
  protected readonly loading = this.outbox.isLoading;
  protected readonly loaded = computed(() => this.outbox.hasValue());

  protected showMessages(): void {
    if (this.recipient() === this.recipientInput()) {
      this.outbox.reload();
    } else {
      this.recipient.set(this.recipientInput());
    }
  }
}
