import { AbstractControl, ValidationErrors } from '@angular/forms';
import { I18nService } from '../i18n/i18n.service';

function lengthOf(errors: ValidationErrors, name: 'minlength' | 'maxlength'): number {
  const detail: unknown = errors[name];
  if (typeof detail === 'object' && detail !== null && 'requiredLength' in detail) {
    return Number(detail.requiredLength);
  }
  return 0;
}

/** The first validation error of a control, translated; null when valid. */
export function validationMessage(i18n: I18nService, errors: ValidationErrors | null): string | null {
  if (!errors) {
    return null;
  }
  if (errors['required']) {
    return i18n.t('validation.required');
  }
  if (errors['email']) {
    return i18n.t('validation.email');
  }
  if (errors['minlength']) {
    return i18n.t('validation.minlength', { count: lengthOf(errors, 'minlength') });
  }
  if (errors['maxlength']) {
    return i18n.t('validation.maxlength', { count: lengthOf(errors, 'maxlength') });
  }
  if (errors['slug']) {
    return i18n.t('validation.slug');
  }
  if (errors['passwordMismatch']) {
    return i18n.t('validation.passwordMismatch');
  }
  if (errors['datesOrder']) {
    return i18n.t('validation.datesOrder');
  }
  const areaLine: unknown = errors['areas'];
  if (typeof areaLine === 'number') {
    return i18n.t('validation.areas', { line: areaLine });
  }
  return i18n.t('validation.invalid');
}

/** Shows a control's error once the user has left the field or tried to submit. */
export function visibleError(i18n: I18nService, control: AbstractControl, submitted: boolean): string | null {
  return control.invalid && (control.touched || submitted) ? validationMessage(i18n, control.errors) : null;
}

/**
 * Moves focus to the first invalid control of a form (after a failed submit). Decided from the
 * form model, not from the `ng-invalid` classes, which change detection may not have applied yet
 * when a submit follows typing immediately.
 */
export function focusFirstInvalid(form: HTMLFormElement, group: AbstractControl): void {
  const fields = Array.from(form.querySelectorAll<HTMLElement>('[formcontrolname]'));
  const invalid = fields.find((field) => group.get(field.getAttribute('formcontrolname') ?? '')?.invalid);
  // Controls inside nested groups are not found by name: fall back to the classes.
  (invalid ?? form.querySelector<HTMLElement>('input.ng-invalid, select.ng-invalid, textarea.ng-invalid'))?.focus();
}
