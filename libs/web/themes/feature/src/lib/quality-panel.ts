import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { QUALITY_SAMPLE_MAX, QualitySampleItemDto } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe, visibleError } from '@consulta/web/core';
import { QualityStore, ThemesStore, formatScore, sortThemes } from '@consulta/web/themes/data-access';
import { AlertMessage, FieldError } from '@consulta/web/ui';
import { ThemeSwatch } from './theme-swatch';
import { ThemesAnnouncer } from './themes-announcer';

export const DEFAULT_SAMPLE_SIZE = 30;

/**
 * The quality check: staff draw a random sample, code each comment with the themes they would give it, and see how
 * far the suggestions agree (precision, recall, F1 per theme; macro and micro figures).
 */
@Component({
  selector: 'cs-quality-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, AlertMessage, FieldError, ThemeSwatch],
  templateUrl: './quality-panel.html',
  styleUrl: './themes-panels.css',
})
export class QualityPanel {
  protected readonly store = inject(QualityStore);
  private readonly themesStore = inject(ThemesStore);
  private readonly announcer = inject(ThemesAnnouncer);
  private readonly i18n = inject(I18nService);

  protected readonly sampleMax = QUALITY_SAMPLE_MAX;
  protected readonly themes = computed(() => sortThemes(this.themesStore.themes(), this.i18n.language()));
  protected readonly sampleForm = inject(NonNullableFormBuilder).group({
    size: [DEFAULT_SAMPLE_SIZE, [Validators.required, Validators.min(1), Validators.max(QUALITY_SAMPLE_MAX)]],
  });
  private readonly sizeControl = this.sampleForm.controls.size;
  protected readonly submitted = signal(false);
  protected readonly drawing = signal(false);
  protected readonly scoring = signal(false);
  protected readonly failureMessage = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });
  /** Checked themes per sampled comment, as the staff member ticks them (saved with the item's button). */
  private readonly drafts = signal<Readonly<Record<string, readonly string[]>>>({});

  constructor() {
    if (!this.store.loaded()) void this.store.reload();
  }

  protected sizeError(): string | null {
    return visibleError(this.i18n, this.sizeControl, this.submitted());
  }

  protected scoreText(value: number | null): string {
    return formatScore(value, this.i18n.language());
  }

  protected async draw(input: HTMLInputElement): Promise<void> {
    if (this.drawing()) return;
    this.submitted.set(true);
    if (this.sizeControl.invalid) {
      input.focus();
      return;
    }
    this.drawing.set(true);
    try {
      const sample = await this.store.draw(Number(this.sizeControl.value));
      this.drafts.set({});
      this.announcer.announce(this.i18n.t('themes.quality.drawn', { count: sample.items.length }));
    } catch (error) {
      this.announceFailure(error);
    } finally {
      this.drawing.set(false);
    }
  }

  protected checkedThemes(item: QualitySampleItemDto): readonly string[] {
    return this.drafts()[item.commentId] ?? item.codedThemeIds ?? [];
  }

  protected isChecked(item: QualitySampleItemDto, themeId: string): boolean {
    return this.checkedThemes(item).includes(themeId);
  }

  protected toggle(item: QualitySampleItemDto, themeId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = this.checkedThemes(item).filter((id) => id !== themeId);
    this.drafts.update((drafts) => ({ ...drafts, [item.commentId]: checked ? [...current, themeId] : current }));
  }

  protected async save(item: QualitySampleItemDto, number: number): Promise<void> {
    const themeIds = this.checkedThemes(item);
    try {
      await this.store.code(item.commentId, themeIds);
      this.drafts.update((drafts) => {
        const { [item.commentId]: _saved, ...rest } = drafts;
        return rest;
      });
      this.announcer.announce(this.i18n.t('themes.quality.saved', { number, count: themeIds.length }));
    } catch (error) {
      this.announceFailure(error);
    }
  }

  protected async computeScore(): Promise<void> {
    if (this.scoring()) return;
    this.scoring.set(true);
    try {
      const score = await this.store.computeScore();
      if (score) this.announcer.announce(this.i18n.t('themes.quality.scored', { f1: this.scoreText(score.microF1) }));
    } catch (error) {
      this.announceFailure(error);
    } finally {
      this.scoring.set(false);
    }
  }

  private announceFailure(error: unknown): void {
    this.announcer.announce(this.i18n.t('themes.failed', { error: this.i18n.describeError(error) }));
  }
}
