import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MODERATION_NOTE_MAX_LENGTH, RejectRequest, RejectionReason } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe, visibleError } from '@consulta/web/core';
import { REJECTION_REASON_LABEL } from '@consulta/web/participation/feature';
import { FieldError } from '@consulta/web/ui';
import { REJECTION_REASONS } from './moderation-labels';

export interface DecisionDialogConfig {
  /** The dialog's heading (its accessible name). */
  title: string;
  confirmLabel: string;
}

/**
 * The reason (and optional note for the author) of a rejection or hiding, in a native modal <dialog>:
 * the browser keeps focus inside it and Escape cancels; focus goes back to where it was on cancel,
 * and the caller moves it on after a confirmed decision.
 */
@Component({
  selector: 'cs-decision-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FieldError],
  templateUrl: './decision-dialog.html',
  styleUrl: './decision-dialog.css',
})
export class DecisionDialog {
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly firstReason = viewChild<ElementRef<HTMLInputElement>>('firstReason');
  private resolve: ((value: RejectRequest | null) => void) | null = null;
  private opener: HTMLElement | null = null;

  protected readonly reasons = REJECTION_REASONS;
  protected readonly reasonLabel = REJECTION_REASON_LABEL;
  protected readonly noteMax = MODERATION_NOTE_MAX_LENGTH;
  protected readonly config = signal<DecisionDialogConfig | null>(null);
  protected readonly submitted = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['' as RejectionReason | '', Validators.required],
    note: ['', Validators.maxLength(MODERATION_NOTE_MAX_LENGTH)],
  });

  /** Opens the dialog; resolves with the reason and note, or null when cancelled. */
  open(config: DecisionDialogConfig): Promise<RejectRequest | null> {
    this.resolve?.(null);
    const active = this.dialog().nativeElement.ownerDocument.activeElement;
    this.opener = active instanceof HTMLElement ? active : null;
    this.config.set(config);
    this.form.reset();
    this.submitted.set(false);
    this.dialog().nativeElement.showModal();
    afterNextRender(() => this.firstReason()?.nativeElement.focus(), { injector: this.injector });
    return new Promise((resolve) => (this.resolve = resolve));
  }

  protected reasonError(): string | null {
    return this.submitted() && this.form.controls.reason.invalid ? this.i18n.t('moderation.dialog.reasonRequired') : null;
  }

  protected noteError(): string | null {
    return visibleError(this.i18n, this.form.controls.note, this.submitted());
  }

  protected confirm(): void {
    this.submitted.set(true);
    const { reason, note } = this.form.getRawValue();
    if (this.form.invalid || !reason) {
      if (this.form.controls.reason.invalid) this.firstReason()?.nativeElement.focus();
      else this.dialog().nativeElement.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    const trimmed = note.trim();
    this.finish(trimmed ? { reason, note: trimmed } : { reason });
  }

  protected cancel(): void {
    this.finish(null);
    if (this.opener?.isConnected) this.opener.focus();
  }

  /** The native "close" event: Escape, or close() from finish(). */
  protected closed(): void {
    if (this.resolve) this.cancel();
  }

  private finish(value: RejectRequest | null): void {
    const resolve = this.resolve;
    this.resolve = null;
    const dialog = this.dialog().nativeElement;
    if (dialog.open) dialog.close();
    resolve?.(value);
  }
}
