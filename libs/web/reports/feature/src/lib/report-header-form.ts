import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { REPORT_TEXT_FIELD_MAX_LENGTH, ReportHeaderDto, UpdateReportHeaderRequest } from '@consulta/shared/contracts';

/** The end date may not come before the start date (ISO dates compare as text); the error sits on the end date. */
function datesInOrder(group: AbstractControl): ValidationErrors | null {
  const start = String(group.get('startDate')?.value ?? '');
  const end = group.get('endDate');
  const endValue = String(end?.value ?? '');
  const outOfOrder = start !== '' && endValue !== '' && endValue < start;
  if (end) {
    const { datesOrder: _previous, ...others } = end.errors ?? {};
    const errors = outOfOrder ? { ...others, datesOrder: true } : others;
    end.setErrors(Object.keys(errors).length > 0 ? errors : null, { emitEvent: false });
  }
  return null;
}

const text = (required = false) =>
  new FormControl('', {
    nonNullable: true,
    validators: required
      ? [Validators.required, Validators.maxLength(REPORT_TEXT_FIELD_MAX_LENGTH)]
      : [Validators.maxLength(REPORT_TEXT_FIELD_MAX_LENGTH)],
  });

/** The report header as staff edit it: subject and organiser are required, dates optional and in order. */
export function createReportHeaderForm() {
  return new FormGroup(
    {
      subject: text(true),
      organiser: text(true),
      participants: text(),
      startDate: new FormControl('', { nonNullable: true }),
      endDate: new FormControl('', { nonNullable: true }),
      announcement: text(),
      forms: text(),
      summary: text(),
    },
    { validators: datesInOrder },
  );
}

export type ReportHeaderForm = ReturnType<typeof createReportHeaderForm>;
export type ReportHeaderField = keyof ReportHeaderForm['controls'];

export function fillReportHeaderForm(form: ReportHeaderForm, header: ReportHeaderDto): void {
  form.reset({ ...header, startDate: header.startDate ?? '', endDate: header.endDate ?? '' });
}

/** Only the fields staff changed are sent (PATCH); texts are trimmed, an emptied date becomes null. */
export function toHeaderRequest(form: ReportHeaderForm): UpdateReportHeaderRequest {
  const request: UpdateReportHeaderRequest = {};
  const value = form.getRawValue();
  for (const name of Object.keys(form.controls) as ReportHeaderField[]) {
    if (!form.controls[name].dirty) continue;
    const trimmed = value[name].trim();
    if (name === 'startDate' || name === 'endDate') request[name] = trimmed || null;
    else request[name] = trimmed;
  }
  return request;
}
