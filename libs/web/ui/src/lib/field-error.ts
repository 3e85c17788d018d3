import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The error text under a form control. The control points at `errorId` with aria-describedby;
 * the element is always present so that the reference never dangles.
 */
@Component({
  selector: 'cs-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="field-error" [id]="errorId()" [hidden]="!message()">{{ message() }}</p>`,
})
export class FieldError {
  readonly errorId = input.required<string>();
  readonly message = input<string | null>(null);
}
