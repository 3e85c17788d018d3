import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ConsultationStatus } from '@consulta/shared/contracts';

/** A consultation's status as a coloured label; the text carries the meaning, colour only helps. */
@Component({
  selector: 'cs-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'status-badge status-badge--' + status()">{{ label() }}</span>`,
})
export class StatusBadge {
  readonly status = input.required<ConsultationStatus>();
  readonly label = input.required<string>();
}
