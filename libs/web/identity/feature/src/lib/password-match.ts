import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Group validator: the confirmation control must repeat the password; the error sits on the confirmation. */
export function passwordsMatch(passwordName: string, confirmationName: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const password = group.get(passwordName);
    const confirmation = group.get(confirmationName);
    if (!password || !confirmation) {
      return null;
    }
    const mismatch = confirmation.value !== password.value && confirmation.value !== '';
    const others = { ...confirmation.errors };
    delete others['passwordMismatch'];
    const errors = mismatch ? { ...others, passwordMismatch: true } : others;
    confirmation.setErrors(Object.keys(errors).length > 0 ? errors : null, { emitEvent: false });
    return null;
  };
}
