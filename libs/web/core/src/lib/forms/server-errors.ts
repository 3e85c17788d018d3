import { AbstractControl, ValidationErrors } from '@angular/forms';
import { ErrorCode } from '@consulta/shared/contracts';
import { toApiError } from '../http/api-error';

/**
 * The errors a form shows for one detail of the API's 400 VALIDATION_FAILED. The details carry
 * class-validator's English text; the length rules are turned into the form's own `minlength` /
 * `maxlength` errors (so `validationMessage` translates them with the server's limit), anything
 * else into `{ server: message }` (shown as the generic "invalid value").
 */
export function serverValidationErrors(message: string): ValidationErrors {
  const longer = /must be longer than or equal to (\d+) characters/.exec(message);
  if (longer) return { minlength: { requiredLength: Number(longer[1]) } };
  const shorter = /must be shorter than or equal to (\d+) characters/.exec(message);
  if (shorter) return { maxlength: { requiredLength: Number(shorter[1]) } };
  return { server: message };
}

/**
 * Ties the details of a 400 VALIDATION_FAILED answer to the form's controls: each control named by a
 * detail (`fieldFor` maps the request's field names that differ from the control names) gets the
 * detail's errors, so it turns invalid (aria-invalid, its error text, focusFirstInvalid) until the
 * person changes it, when its own validators run again. A field mapped to null (e.g. a hidden field)
 * is left to the caller's general message. Returns the names of the controls marked,
 * in the details' order, and whether every detail found its control (else the caller keeps a general message).
 */
export function applyServerValidationErrors(
  group: AbstractControl,
  error: unknown,
  fieldFor: Readonly<Record<string, string | null>> = {},
): { fields: string[]; complete: boolean } {
  const apiError = toApiError(error);
  if (apiError.code !== ErrorCode.ValidationFailed || apiError.details.length === 0) return { fields: [], complete: false };
  const errorsByField = new Map<string, ValidationErrors>();
  let complete = true;
  for (const detail of apiError.details) {
    const name =
      detail.field === undefined
        ? null
        : Object.prototype.hasOwnProperty.call(fieldFor, detail.field)
          ? fieldFor[detail.field]
          : detail.field;
    if (name === null || !group.get(name)) {
      complete = false;
      continue;
    }
    errorsByField.set(name, { ...errorsByField.get(name), ...serverValidationErrors(detail.message) });
  }
  for (const [name, errors] of errorsByField) {
    const control = group.get(name);
    control?.setErrors({ ...control.errors, ...errors });
    control?.markAsTouched();
  }
  return { fields: [...errorsByField.keys()], complete };
}
