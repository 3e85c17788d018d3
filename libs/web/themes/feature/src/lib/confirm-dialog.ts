import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@consulta/web/core';

export interface ConfirmChoice {
  value: string;
  label: string;
}

export interface ConfirmDialogConfig {
  /** The dialog's heading (its accessible name). */
  title: string;
  message: string;
  confirmLabel: string;
  /** When given, the person picks one of these (e.g. the theme to merge into) before confirming. */
  choices?: readonly ConfirmChoice[];
  choiceLabel?: string;
}

/**
 * A confirmation in a native modal <dialog> (the browser keeps focus inside it, Escape cancels), optionally with
 * one choice to make. Focus goes back to where it was on cancel; the caller moves it on after a confirmation.
 */
@Component({
  selector: 'cs-themes-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <dialog #dialog class="dialog" aria-labelledby="themes-confirm-title" aria-describedby="themes-confirm-message" (close)="closed()">
      @if (config(); as c) {
        <form class="form dialog__form" (submit)="confirm($event)">
          <h2 id="themes-confirm-title" class="dialog__title">{{ c.title }}</h2>
          <p id="themes-confirm-message">{{ c.message }}</p>
          @if (c.choices) {
            <div class="field">
              <label for="themes-confirm-choice">{{ c.choiceLabel }}</label>
              <select #choice id="themes-confirm-choice" required>
                @for (option of c.choices; track option.value) {
                  <option [value]="option.value">{{ option.label }}</option>
                }
              </select>
            </div>
          }
          <div class="dialog__actions">
            <button #confirmButton type="submit" class="button">{{ c.confirmLabel }}</button>
            <button type="button" class="button button--secondary" (click)="cancel()">{{ 'themes.dialog.cancel' | t }}</button>
          </div>
        </form>
      }
    </dialog>
  `,
  styles: `
    .dialog {
      max-width: min(36rem, calc(100vw - 2rem));
      border: 2px solid var(--color-border);
      border-radius: var(--radius);
      padding: 1rem 1.25rem;
    }
    .dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    .dialog__title {
      margin-top: 0;
    }
    .dialog__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
  `,
})
export class ConfirmDialog {
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly choice = viewChild<ElementRef<HTMLSelectElement>>('choice');
  private readonly confirmButton = viewChild<ElementRef<HTMLButtonElement>>('confirmButton');
  private resolve: ((value: { choice: string | null } | null) => void) | null = null;
  private opener: HTMLElement | null = null;

  protected readonly config = signal<ConfirmDialogConfig | null>(null);

  /** Resolves with the choice made (null without choices) once confirmed, or null when cancelled. */
  open(config: ConfirmDialogConfig): Promise<{ choice: string | null } | null> {
    this.resolve?.(null);
    const active = this.dialog().nativeElement.ownerDocument.activeElement;
    this.opener = active instanceof HTMLElement ? active : null;
    this.config.set(config);
    this.dialog().nativeElement.showModal();
    afterNextRender(() => (this.choice() ?? this.confirmButton())?.nativeElement.focus(), { injector: this.injector });
    return new Promise((resolve) => (this.resolve = resolve));
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    const choice = this.choice()?.nativeElement.value ?? null;
    this.finish({ choice });
  }

  protected cancel(): void {
    this.finish(null);
    if (this.opener?.isConnected) this.opener.focus();
  }

  protected closed(): void {
    if (this.resolve) this.cancel();
  }

  private finish(value: { choice: string | null } | null): void {
    const resolve = this.resolve;
    this.resolve = null;
    const dialog = this.dialog().nativeElement;
    if (dialog.open) dialog.close();
    resolve?.(value);
  }
}
