import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AnchorKind,
  COMMENT_MAX_LENGTH,
  COMMENT_MIN_LENGTH,
  CommentDto,
  ConsultationDetailDto,
  ConsultationStatus,
  CreateCommentRequest,
  ErrorCode,
  ORGANISATION_NAME_MAX_LENGTH,
  PROPOSED_WORDING_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  SectionDto,
  Stance,
  SubmitterType,
} from '@consulta/shared/contracts';
import {
  I18nService,
  SessionStore,
  TranslatePipe,
  applyServerValidationErrors,
  focusFirstInvalid,
  pageLink,
  toApiError,
  validationMessage,
} from '@consulta/web/core';
import { CommentAnchorRequest, DiscussionStore, SubmissionKey, quoteProblem } from '@consulta/web/participation/data-access';
import { FieldError } from '@consulta/web/ui';
import { STANCE_LABEL, SUBMITTER_LABEL } from './participation-labels';

type FieldName = 'paragraphKey' | 'quote' | 'text' | 'stance' | 'proposedWording' | 'areaKey' | 'organisationName' | 'consent';

const FIELD_BY_CODE: Partial<Record<ErrorCode, FieldName>> = {
  [ErrorCode.ParagraphNotFound]: 'paragraphKey',
  [ErrorCode.QuoteNotInParagraph]: 'quote',
  [ErrorCode.TextInvalid]: 'text',
  [ErrorCode.AreaUnknown]: 'areaKey',
  [ErrorCode.OrganisationNameRequired]: 'organisationName',
  [ErrorCode.ConsentRequired]: 'consent',
};

const FIELD_ORDER: FieldName[] = ['paragraphKey', 'quote', 'text', 'stance', 'proposedWording', 'areaKey', 'organisationName', 'consent'];

/** Request fields of a 400 VALIDATION_FAILED that are not this form's control names (null: no field to show it on). */
const CONTROL_BY_REQUEST_FIELD: Record<string, string | null> = {
  personalDataConsent: 'consent',
  sectionKey: null,
  submitterType: null,
  website: null,
};
const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** A new comment on one section: anchor, text, stance, optional wording and area, submitter, consent. */
@Component({
  selector: 'cs-comment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FieldError],
  templateUrl: './comment-form.html',
  styleUrl: './comment-form.css',
})
export class CommentForm {
  readonly consultation = input.required<ConsultationDetailDto>();
  readonly section = input.required<SectionDto>();
  readonly request = input<CommentAnchorRequest | null>(null);
  readonly created = output<CommentDto>();
  readonly cancelled = output();

  private readonly store = inject(DiscussionStore);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly session = inject(SessionStore);
  private readonly submissionKey = new SubmissionKey();

  protected readonly anchorKind = AnchorKind;
  protected readonly stances = Object.values(Stance);
  protected readonly submitterTypes = Object.values(SubmitterType);
  protected readonly stanceLabel = STANCE_LABEL;
  protected readonly submitterLabel = SUBMITTER_LABEL;
  protected readonly textMin = COMMENT_MIN_LENGTH;
  protected readonly textMax = COMMENT_MAX_LENGTH;
  protected readonly verifyLink = pageLink('verifyEmail');
  protected readonly registerLink = pageLink('register');
  protected readonly loginLink = pageLink('login');
  protected readonly idPrefix = computed(() => `cf-${this.section().key}`);
  protected readonly returnUrl = computed(() => `${pageLink('consultation', this.consultation().slug)}#s-${this.section().key}`);
  protected readonly isOpen = computed(() => this.consultation().status === ConsultationStatus.Open);
  protected readonly paragraphs = computed(() => [...this.section().paragraphs].sort((a, b) => a.position - b.position));

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly form = this.formBuilder.group({
    anchor: [AnchorKind.Section as AnchorKind],
    paragraphKey: ['', (c: AbstractControl) => this.validateParagraph(c)],
    quote: ['', (c: AbstractControl) => this.validateQuote(c)],
    text: ['', [Validators.required, Validators.minLength(COMMENT_MIN_LENGTH), Validators.maxLength(COMMENT_MAX_LENGTH)]],
    stance: ['' as Stance | '', Validators.required],
    proposedWording: ['', Validators.maxLength(PROPOSED_WORDING_MAX_LENGTH)],
    areaKey: [''],
    submitterType: [SubmitterType.Resident as SubmitterType],
    organisationName: ['', (c: AbstractControl) => this.validateOrganisation(c)],
    consent: [false, Validators.requiredTrue],
    website: [''],
  });

  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly anchor = computed(() => this.value().anchor ?? AnchorKind.Section);
  protected readonly textLength = computed(() => (this.value().text ?? '').length);
  protected readonly isOrganisation = computed(() => (this.value().submitterType ?? SubmitterType.Resident) !== SubmitterType.Resident);
  protected readonly countAnnouncement = signal('');
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  private readonly failure = signal<unknown>(null);
  private readonly serverField = signal<{ field: FieldName; message: string } | null>(null);

  protected readonly errorSummary = computed(() => {
    this.status();
    this.value();
    if (!this.submitted()) return null;
    const failure = this.failure();
    const items = FIELD_ORDER.map((field) => ({ field, message: this.fieldError(field) })).filter(
      (item): item is { field: FieldName; message: string } => item.message !== null,
    );
    if (failure && !this.serverField()) {
      return { message: this.i18n.describeError(failure), items };
    }
    return items.length > 0 ? { message: null, items } : null;
  });

  private readonly summaryElement = viewChild<ElementRef<HTMLElement>>('summary');

  constructor() {
    // The paragraph / quote / organisation validators depend on other fields.
    this.form.controls.anchor.valueChanges.subscribe(() => this.revalidateAnchor());
    this.form.controls.paragraphKey.valueChanges.subscribe(() => this.form.controls.quote.updateValueAndValidity());
    this.form.controls.submitterType.valueChanges.subscribe(() => this.form.controls.organisationName.updateValueAndValidity());
    effect(() => this.applyRequest(this.request()));
    // The live count is announced once typing pauses, not on every key.
    effect((onCleanup) => {
      const count = this.textLength();
      const timer = setTimeout(
        () => this.countAnnouncement.set(count > 0 ? this.i18n.t('participation.form.charCount', { count, max: COMMENT_MAX_LENGTH }) : ''),
        COUNT_ANNOUNCE_DELAY_MS,
      );
      onCleanup(() => clearTimeout(timer));
    });
  }

  protected fieldId(field: FieldName | 'anchor' | 'submitterType' | 'website'): string {
    return `${this.idPrefix()}-${field}`;
  }

  protected fieldError(field: FieldName): string | null {
    const server = this.serverField();
    if (server?.field === field) return server.message;
    const control = this.form.controls[field];
    if (!control.invalid || !(control.touched || this.submitted())) return null;
    if (field === 'quote' || field === 'consent' || field === 'organisationName' || field === 'paragraphKey') {
      const custom: unknown = control.errors?.['message'];
      if (typeof custom === 'string') return custom;
      if (field === 'consent') return this.i18n.t('participation.form.consentRequired');
    }
    return validationMessage(this.i18n, control.errors);
  }

  protected fieldLabel(field: FieldName): string {
    const labels: Record<FieldName, Parameters<I18nService['t']>[0]> = {
      paragraphKey: 'participation.form.paragraph',
      quote: 'participation.form.quote',
      text: 'participation.form.text',
      stance: 'participation.form.stance',
      proposedWording: 'participation.form.proposedWording',
      areaKey: 'participation.form.area',
      organisationName: 'participation.form.organisationName',
      consent: 'participation.form.consentShort',
    };
    return this.i18n.t(labels[field]);
  }

  protected paragraphOption(index: number, text: string): string {
    const excerpt = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    return this.i18n.t('participation.form.paragraphOption', { number: index + 1, excerpt });
  }

  /** "Quote a passage": the whole paragraph goes into the field, the person trims it. */
  protected startQuote(): void {
    this.form.patchValue({ anchor: AnchorKind.Passage, quote: this.paragraphText() });
    this.focusField('quote');
  }

  protected restoreParagraph(): void {
    this.form.controls.quote.setValue(this.paragraphText());
  }

  /** Whether the first anchor request (or its absence) has been applied since the form was created. */
  private opened = false;

  protected focusField(field: FieldName): void {
    afterNextRender(
      () => {
        const target =
          field === 'stance'
            ? this.host.nativeElement.querySelector<HTMLElement>(`#${this.fieldId('stance')}-${this.stances[0]}`)
            : this.host.nativeElement.querySelector<HTMLElement>(`#${this.fieldId(field)}`);
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    this.serverField.set(null);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.focusSummary();
      return;
    }
    const request = this.buildRequest();
    const key = this.submissionKey.for(request);
    this.pending.set(true);
    try {
      const comment = await this.store.create(request, key);
      this.submissionKey.complete();
      this.form.reset({
        anchor: AnchorKind.Section,
        submitterType: request.submitterType,
        organisationName: request.organisationName ?? '',
      });
      this.submitted.set(false);
      this.created.emit(comment);
    } catch (error) {
      this.failure.set(error);
      const fromServer = applyServerValidationErrors(this.form, error, CONTROL_BY_REQUEST_FIELD);
      if (fromServer.fields.length > 0) {
        // Each field says what is wrong; the general message only when some detail has no field.
        if (fromServer.complete) this.failure.set(null);
        this.focusFirstInvalidField();
        return;
      }
      const code = toApiError(error).code;
      const field = code ? FIELD_BY_CODE[code] : undefined;
      if (field && code) {
        this.serverField.set({ field, message: this.i18n.errorMessage(code) });
      }
      this.focusSummary();
    } finally {
      this.pending.set(false);
    }
  }

  private buildRequest(): CreateCommentRequest {
    const v = this.form.getRawValue();
    const request: CreateCommentRequest = {
      sectionKey: this.section().key,
      text: v.text,
      stance: v.stance as Stance,
      submitterType: v.submitterType,
      personalDataConsent: true,
    };
    if (v.anchor !== AnchorKind.Section && v.paragraphKey) request.paragraphKey = v.paragraphKey;
    if (v.anchor === AnchorKind.Passage) request.quote = v.quote;
    if (v.proposedWording.trim()) request.proposedWording = v.proposedWording;
    if (v.areaKey) request.areaKey = v.areaKey;
    if (v.submitterType !== SubmitterType.Resident) request.organisationName = v.organisationName.trim();
    if (v.website) request.website = v.website;
    return request;
  }

  private focusFirstInvalidField(): void {
    afterNextRender(
      () => {
        const form = this.host.nativeElement.querySelector('form');
        if (form) focusFirstInvalid(form, this.form);
      },
      { injector: this.injector },
    );
  }

  private focusSummary(): void {
    afterNextRender(() => this.summaryElement()?.nativeElement.focus(), { injector: this.injector });
  }

  private applyRequest(request: CommentAnchorRequest | null): void {
    const opening = !this.opened;
    this.opened = true;
    if (!request) {
      // Opened from "Write a comment on the section": keyboard and screen-reader users land in the form, not on <body>.
      if (opening) this.focusFirstControl();
      return;
    }
    if (request.quote && request.paragraphKey) {
      this.form.patchValue({ anchor: AnchorKind.Passage, paragraphKey: request.paragraphKey, quote: request.quote });
      this.focusField('text');
    } else if (request.paragraphKey) {
      this.form.patchValue({ anchor: AnchorKind.Paragraph, paragraphKey: request.paragraphKey, quote: '' });
      if (request.quoteStep) {
        this.startQuote();
      } else {
        this.focusField('text');
      }
    } else {
      this.form.patchValue({ anchor: AnchorKind.Section, paragraphKey: '', quote: '' });
      this.focusField('text');
    }
  }

  private focusFirstControl(): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>('input:not([tabindex="-1"]), select, textarea:not([tabindex="-1"])')?.focus(),
      { injector: this.injector },
    );
  }

  private paragraphText(): string {
    const key = this.form.controls.paragraphKey.value;
    return this.section().paragraphs.find((p) => p.key === key)?.text ?? '';
  }

  private revalidateAnchor(): void {
    this.form.controls.paragraphKey.updateValueAndValidity({ emitEvent: false });
    this.form.controls.quote.updateValueAndValidity({ emitEvent: false });
  }

  private validateParagraph(control: AbstractControl): ValidationErrors | null {
    const anchor = control.parent?.get('anchor')?.value as AnchorKind | undefined;
    return anchor && anchor !== AnchorKind.Section && !control.value ? { required: true } : null;
  }

  private validateQuote(control: AbstractControl): ValidationErrors | null {
    if (control.parent?.get('anchor')?.value !== AnchorKind.Passage) return null;
    const problem = quoteProblem(String(control.value ?? ''), this.paragraphText());
    switch (problem) {
      case 'empty':
        return { message: this.i18n.t('participation.form.quoteEmpty') };
      case 'tooLong':
        return { message: this.i18n.t('participation.form.quoteTooLong', { max: QUOTE_MAX_LENGTH }) };
      case 'notInParagraph':
        return { message: this.i18n.t('participation.form.quoteNotInParagraph') };
      case null:
        return null;
    }
  }

  private validateOrganisation(control: AbstractControl): ValidationErrors | null {
    const type = control.parent?.get('submitterType')?.value as SubmitterType | undefined;
    if (!type || type === SubmitterType.Resident) return null;
    const value = String(control.value ?? '').trim();
    if (!value) return { message: this.i18n.t('participation.form.organisationRequired') };
    return value.length > ORGANISATION_NAME_MAX_LENGTH ? { maxlength: { requiredLength: ORGANISATION_NAME_MAX_LENGTH } } : null;
  }
}
