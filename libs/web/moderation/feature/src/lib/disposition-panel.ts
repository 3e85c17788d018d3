import { ChangeDetectionStrategy, Component, ElementRef, OnInit, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  DISPOSITION_JUSTIFICATION_MAX_LENGTH,
  DISPOSITION_JUSTIFICATION_MIN_LENGTH,
  DispositionDecision,
  DispositionProgress,
  DispositionState,
  StaffDispositionDto,
} from '@consulta/shared/contracts';
import { CityDatePipe, I18nService, TranslatePipe, TranslationKey, focusFirstInvalid, visibleError } from '@consulta/web/core';
import { ModerationApi } from '@consulta/web/moderation/data-access';
import { DISPOSITION_DECISION_LABEL } from '@consulta/web/participation/feature';
import { FieldError } from '@consulta/web/ui';

/** The decisions in the order Polish consultation reports list them. */
export const DISPOSITION_DECISIONS: readonly DispositionDecision[] = [
  DispositionDecision.Accepted,
  DispositionDecision.PartlyAccepted,
  DispositionDecision.NotAccepted,
  DispositionDecision.Noted,
  DispositionDecision.FurtherWork,
];

/** Where a comment's decision stands, from its history (oldest first). */
export function dispositionStatus(history: readonly StaffDispositionDto[]): {
  approved: StaffDispositionDto | null;
  draft: StaffDispositionDto | null;
} {
  const approved = [...history].reverse().find((version) => version.state === DispositionState.Approved) ?? null;
  const draft = history.find((version) => version.state === DispositionState.Draft) ?? null;
  return { approved, draft };
}

export function dispositionProgress(history: readonly StaffDispositionDto[]): DispositionProgress {
  const { approved, draft } = dispositionStatus(history);
  if (draft) return DispositionProgress.Draft;
  return approved ? DispositionProgress.Approved : DispositionProgress.None;
}

/**
 * The city's decision on one comment, for staff: the approved version shown publicly, the open draft with approve /
 * edit / withdraw, a form to draft a new one, and the history. Approval by a second person is enforced by the API
 * (its refusal is shown as the translated error).
 */
@Component({
  selector: 'cs-disposition-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, CityDatePipe, FieldError],
  templateUrl: './disposition-panel.html',
})
export class DispositionPanel implements OnInit {
  readonly commentId = input.required<string>();
  /** Prefix for element ids (unique per queue item). */
  readonly idPrefix = input.required<string>();
  /** Emitted after a change with where the decision now stands, so the queue item's badge follows. */
  readonly changed = output<DispositionProgress>();

  private readonly api = inject(ModerationApi);
  private readonly i18n = inject(I18nService);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');

  protected readonly decisions = DISPOSITION_DECISIONS;
  protected readonly decisionLabel = DISPOSITION_DECISION_LABEL;
  protected readonly stateKey: Record<DispositionState, TranslationKey> = {
    [DispositionState.Draft]: 'moderation.disposition.state.draft',
    [DispositionState.Approved]: 'moderation.disposition.state.approved',
    [DispositionState.Withdrawn]: 'moderation.disposition.state.withdrawn',
  };
  protected readonly justificationMax = DISPOSITION_JUSTIFICATION_MAX_LENGTH;
  protected readonly history = signal<StaffDispositionDto[] | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly busy = signal(false);
  protected readonly editing = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly status = computed(() => dispositionStatus(this.history() ?? []));
  protected readonly form = inject(NonNullableFormBuilder).group({
    decision: ['' as DispositionDecision | '', Validators.required],
    justification: [
      '',
      [
        Validators.required,
        Validators.minLength(DISPOSITION_JUSTIFICATION_MIN_LENGTH),
        Validators.maxLength(DISPOSITION_JUSTIFICATION_MAX_LENGTH),
      ],
    ],
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadFailed.set(false);
    try {
      this.history.set(await this.api.dispositions(this.commentId()));
    } catch {
      this.loadFailed.set(true);
    }
  }

  protected decisionError(): string | null {
    return this.submitted() && this.form.controls.decision.invalid ? this.i18n.t('moderation.disposition.decisionRequired') : null;
  }

  protected justificationError(): string | null {
    return visibleError(this.i18n, this.form.controls.justification, this.submitted());
  }

  protected startDraft(): void {
    const draft = this.status().draft;
    this.form.reset({ decision: draft?.decision ?? '', justification: draft?.justification ?? '' });
    this.submitted.set(false);
    this.error.set(null);
    this.editing.set(true);
  }

  protected cancel(): void {
    this.editing.set(false);
    this.error.set(null);
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    const { decision, justification } = this.form.getRawValue();
    const form = this.formElement()?.nativeElement;
    if (this.form.invalid || !decision) {
      if (form) focusFirstInvalid(form, this.form);
      return;
    }
    const request = { decision, justification: justification.trim() };
    const draft = this.status().draft;
    await this.run(
      () => (draft ? this.api.editDisposition(draft.id, request) : this.api.draftDisposition(this.commentId(), request)),
      'moderation.disposition.saved',
    );
  }

  protected approve(draft: StaffDispositionDto): Promise<void> {
    return this.run(() => this.api.approveDisposition(draft.id), 'moderation.disposition.approvedNow');
  }

  protected withdraw(draft: StaffDispositionDto): Promise<void> {
    return this.run(() => this.api.withdrawDisposition(draft.id), 'moderation.disposition.withdrawn');
  }

  private async run(action: () => Promise<StaffDispositionDto>, done: TranslationKey): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
      this.editing.set(false);
      const history = await this.api.dispositions(this.commentId());
      this.history.set(history);
      this.announcement.set(this.i18n.t(done));
      this.changed.emit(dispositionProgress(history));
    } catch (error) {
      this.error.set(this.i18n.describeError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
