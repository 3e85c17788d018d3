import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { applyServerValidationErrors, serverValidationErrors } from './server-errors';

function validationFailed(details: { field?: string; message: string }[]): HttpErrorResponse {
  return new HttpErrorResponse({
    status: 400,
    error: { statusCode: 400, code: 'VALIDATION_FAILED', message: details.map((d) => d.message).join('; '), details },
  });
}

function aForm() {
  return new FormGroup({
    text: new FormControl('   krótko  ', { nonNullable: true, validators: [Validators.minLength(10)] }),
    stance: new FormControl('support', { nonNullable: true }),
    consent: new FormControl(true, { nonNullable: true }),
  });
}

describe('serverValidationErrors', () => {
  it('turns class-validator length messages into the form’s own length errors, anything else into a server error', () => {
    expect(serverValidationErrors('text must be longer than or equal to 10 characters')).toEqual({ minlength: { requiredLength: 10 } });
    expect(serverValidationErrors('text must be shorter than or equal to 5000 characters')).toEqual({
      maxlength: { requiredLength: 5000 },
    });
    expect(serverValidationErrors('stance must be one of the following values: support, oppose')).toEqual({
      server: 'stance must be one of the following values: support, oppose',
    });
  });
});

describe('applyServerValidationErrors', () => {
  it('marks each control a detail names, mapping request field names, until the person edits it', () => {
    const form = aForm();
    expect(form.valid).toBe(true);
    const result = applyServerValidationErrors(
      form,
      validationFailed([
        { field: 'text', message: 'text must be longer than or equal to 10 characters' },
        { field: 'personalDataConsent', message: 'personalDataConsent must be a boolean value' },
      ]),
      { personalDataConsent: 'consent' },
    );

    expect(result).toEqual({ fields: ['text', 'consent'], complete: true });
    expect(form.invalid).toBe(true);
    expect(form.controls.text.errors).toEqual({ minlength: { requiredLength: 10 } });
    expect(form.controls.text.touched).toBe(true);
    expect(form.controls.consent.errors).toEqual({ server: 'personalDataConsent must be a boolean value' });
    expect(form.controls.stance.valid).toBe(true);

    form.controls.text.setValue('Dłuższy i poprawny tekst');
    expect(form.controls.text.valid).toBe(true);
    expect(form.controls.consent.invalid).toBe(true);
  });

  it('reports details it could not place, and ignores other errors', () => {
    const form = aForm();
    const partial = applyServerValidationErrors(
      form,
      validationFailed([
        { field: 'sectionKey', message: 'sectionKey must be a string' },
        { field: 'text', message: 'text must be a string' },
        { field: 'consent', message: 'consent must be a boolean value' },
      ]),
      { consent: null },
    );
    expect(partial).toEqual({ fields: ['text'], complete: false });

    const other = aForm();
    const conflict = new HttpErrorResponse({ status: 409, error: { statusCode: 409, code: 'CONSULTATION_NOT_OPEN', message: 'x' } });
    expect(applyServerValidationErrors(other, conflict)).toEqual({ fields: [], complete: false });
    expect(applyServerValidationErrors(other, new Error('network'))).toEqual({ fields: [], complete: false });
    expect(other.valid).toBe(true);
  });
});
