import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import {
  ConsultationDetailDto,
  ConsultationStatus,
  ConsultationSummaryDto,
  CreateConsultationRequest,
  ModerationMode,
  SLUG_MAX_LENGTH,
  SLUG_MIN_LENGTH,
  SLUG_PATTERN,
  UpdateConsultationRequest,
} from '@consulta/shared/contracts';
import { cityLocalInputToIso, isoToCityLocalInput } from '@consulta/web/core';
import { areasValidator, formatAreas, parseAreas } from './areas-text';

function slugValidator(control: AbstractControl<string>): ValidationErrors | null {
  return control.value && !SLUG_PATTERN.test(control.value) ? { slug: true } : null;
}

/** Closing must come after opening; the error is shown on the closing field. */
function datesInOrder(group: AbstractControl): ValidationErrors | null {
  const opens = cityLocalInputToIso(String(group.get('opensAt')?.value ?? ''));
  const closes = cityLocalInputToIso(String(group.get('closesAt')?.value ?? ''));
  const closesControl = group.get('closesAt');
  const outOfOrder = opens !== null && closes !== null && Date.parse(closes) <= Date.parse(opens);
  if (closesControl) {
    const { datesOrder: _previous, ...others } = closesControl.errors ?? {};
    const errors = outOfOrder ? { ...others, datesOrder: true } : others;
    closesControl.setErrors(Object.keys(errors).length > 0 ? errors : null, { emitEvent: false });
  }
  return null;
}

export function createConsultationForm() {
  return new FormGroup(
    {
      slug: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(SLUG_MIN_LENGTH), Validators.maxLength(SLUG_MAX_LENGTH), slugValidator],
      }),
      title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      summary: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      opensAt: new FormControl('', { nonNullable: true }),
      closesAt: new FormControl('', { nonNullable: true }),
      moderationMode: new FormControl<ModerationMode>(ModerationMode.Pre, { nonNullable: true }),
      areas: new FormControl('', { nonNullable: true, validators: [areasValidator] }),
      published: new FormControl(false, { nonNullable: true }),
    },
    { validators: datesInOrder },
  );
}

export type ConsultationForm = ReturnType<typeof createConsultationForm>;

export function fillConsultationForm(form: ConsultationForm, summary: ConsultationSummaryDto, detail: ConsultationDetailDto | null): void {
  form.reset({
    slug: summary.slug,
    title: summary.title,
    summary: summary.summary,
    opensAt: isoToCityLocalInput(summary.opensAt),
    closesAt: isoToCityLocalInput(summary.closesAt),
    moderationMode: summary.moderationMode,
    areas: detail ? formatAreas(detail.areas) : '',
    published: summary.status !== ConsultationStatus.Draft,
  });
}

export function toCreateRequest(form: ConsultationForm): CreateConsultationRequest {
  const value = form.getRawValue();
  return {
    slug: value.slug.trim(),
    title: value.title.trim(),
    summary: value.summary.trim(),
    opensAt: cityLocalInputToIso(value.opensAt),
    closesAt: cityLocalInputToIso(value.closesAt),
    moderationMode: value.moderationMode,
    areas: parseAreas(value.areas).areas ?? [],
    published: value.published,
  };
}

/** The PATCH body; areas are sent only when known (loaded or edited), so unknown ones are not wiped. */
export function toUpdateRequest(form: ConsultationForm, areasKnown: boolean): UpdateConsultationRequest {
  const { slug: _slug, areas, ...request } = toCreateRequest(form);
  return areasKnown || form.controls.areas.dirty ? { ...request, areas } : request;
}
