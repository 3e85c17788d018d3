import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type AlertKind = 'error' | 'success' | 'info';

/** A message announced by screen readers: errors as alerts, the rest as polite status updates. */
@Component({
  selector: 'cs-alert-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div [class]="'alert alert--' + kind()" [attr.role]="kind() === 'error' ? 'alert' : 'status'">
      @if (message()) {
        <p class="alert__message">{{ message() }}</p>
      }
      @if (details().length > 0) {
        <ul class="alert__details">
          @for (detail of details(); track $index) {
            <li>{{ detail }}</li>
          }
        </ul>
      }
      <ng-content />
    </div>
  `,
})
export class AlertMessage {
  readonly kind = input<AlertKind>('info');
  readonly message = input<string | null>(null);
  readonly details = input<readonly string[]>([]);
}
