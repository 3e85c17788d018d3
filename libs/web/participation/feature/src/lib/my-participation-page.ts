import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  COMMENT_MAX_LENGTH,
  COMMENT_MIN_LENGTH,
  CommentState,
  MyCommentDto,
  PROPOSED_WORDING_MAX_LENGTH,
  Stance,
  UpdateCommentRequest,
} from '@consulta/shared/contracts';
import { CityDatePipe, I18nService, TranslatePipe, pageLink, visibleError } from '@consulta/web/core';
import { MyParticipationStore } from '@consulta/web/participation/data-access';
import { AlertMessage, FieldError } from '@consulta/web/ui';
import { COMMENT_STATE_LABEL, DISPOSITION_DECISION_LABEL, REJECTION_REASON_LABEL, STANCE_LABEL, authorLabel } from './participation-labels';

/** "My participation": every comment and reply I wrote, with its state and the City's answers. */
@Component({
  selector: 'cs-my-participation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, CityDatePipe, AlertMessage, FieldError],
  providers: [MyParticipationStore],
  templateUrl: './my-participation-page.html',
  styleUrl: './my-participation-page.css',
})
export class MyParticipationPage {
  protected readonly store = inject(MyParticipationStore);
  private readonly i18n = inject(I18nService);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly stateLabel = COMMENT_STATE_LABEL;
  protected readonly reasonLabel = REJECTION_REASON_LABEL;
  protected readonly decisionLabel = DISPOSITION_DECISION_LABEL;
  protected readonly stanceLabel = STANCE_LABEL;
  protected readonly stances = Object.values(Stance);
  protected readonly pendingState = CommentState.Pending;
  protected readonly editing = signal<string | null>(null);
  protected readonly confirmingWithdraw = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly editSubmitted = signal(false);
  protected readonly outcome = signal<{ kind: 'success' | 'error'; message: string } | null>(null);

  protected readonly editForm = this.formBuilder.group({
    text: ['', [Validators.required, Validators.minLength(COMMENT_MIN_LENGTH), Validators.maxLength(COMMENT_MAX_LENGTH)]],
    stance: [Stance.Neutral as Stance],
    proposedWording: ['', Validators.maxLength(PROPOSED_WORDING_MAX_LENGTH)],
    areaKey: [''],
  });
  /** The areas of the consultation of the comment being edited; null while unknown (the area is then left as it is). */
  protected readonly editAreas = computed(() => {
    const id = this.editing();
    const comment = id ? this.store.comments().find((c) => c.id === id) : undefined;
    return comment ? this.store.areas(comment.consultationSlug) : null;
  });

  constructor() {
    void this.store.load();
  }

  protected commentLink(comment: { consultationSlug: string }): string {
    return pageLink('consultation', comment.consultationSlug);
  }

  protected author(name: string): string {
    return authorLabel(this.i18n, name);
  }

  protected textError(): string | null {
    return visibleError(this.i18n, this.editForm.controls.text, this.editSubmitted());
  }

  protected startEdit(comment: MyCommentDto): void {
    this.outcome.set(null);
    this.confirmingWithdraw.set(null);
    this.editSubmitted.set(false);
    this.editForm.reset({
      text: comment.text,
      stance: comment.stance,
      proposedWording: comment.proposedWording ?? '',
      areaKey: comment.areaKey ?? '',
    });
    this.editing.set(comment.id);
    void this.store.loadAreas(comment.consultationSlug);
  }

  protected areaName(comment: MyCommentDto): string | null {
    if (!comment.areaKey) return null;
    return this.store.areas(comment.consultationSlug)?.find((area) => area.key === comment.areaKey)?.name ?? null;
  }

  protected cancelEdit(): void {
    this.editing.set(null);
  }

  protected async saveEdit(comment: MyCommentDto): Promise<void> {
    this.editSubmitted.set(true);
    if (this.editForm.invalid) {
      this.editForm.markAllAsTouched();
      return;
    }
    const value = this.editForm.getRawValue();
    const request: UpdateCommentRequest = { text: value.text, stance: value.stance, proposedWording: value.proposedWording.trim() || null };
    // Only offered (and so only sent) once the consultation's areas are known; null clears it.
    if (this.editAreas() !== null) request.areaKey = value.areaKey || null;
    await this.run(() => this.store.update(comment.id, request), 'myParticipation.saved');
    if (this.outcome()?.kind === 'success') this.editing.set(null);
  }

  protected askWithdraw(comment: MyCommentDto): void {
    this.outcome.set(null);
    this.editing.set(null);
    this.confirmingWithdraw.set(comment.id);
  }

  protected async confirmWithdraw(comment: MyCommentDto): Promise<void> {
    await this.run(() => this.store.withdraw(comment.id), 'myParticipation.withdrawn');
    this.confirmingWithdraw.set(null);
  }

  private async run(action: () => Promise<void>, success: 'myParticipation.saved' | 'myParticipation.withdrawn'): Promise<void> {
    this.busy.set(true);
    this.outcome.set(null);
    try {
      await action();
      this.outcome.set({ kind: 'success', message: this.i18n.t(success) });
    } catch (error) {
      this.outcome.set({ kind: 'error', message: this.i18n.describeError(error) });
    } finally {
      this.busy.set(false);
    }
  }
}
