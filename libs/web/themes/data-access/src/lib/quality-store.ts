import { Injectable, computed, inject, signal } from '@angular/core';
import { QualitySampleDto, ThemeQualityDto } from '@consulta/shared/contracts';
import { ThemesApi } from './themes-api';
import { ThemesStore } from './themes-store';

/**
 * The in-app quality check: a random sample staff code by hand, and how far the suggestions agree with that coding
 * (precision, recall, F1 per theme; macro and micro figures).
 */
@Injectable()
export class QualityStore {
  private readonly api = inject(ThemesApi);
  private readonly themes = inject(ThemesStore);

  private readonly currentSample = signal<QualitySampleDto | null>(null);
  private readonly currentScore = signal<ThemeQualityDto | null>(null);
  private readonly loadingState = signal(false);
  private readonly failure = signal<unknown>(null);
  private readonly savingIds = signal<ReadonlySet<string>>(new Set());

  readonly sample = this.currentSample.asReadonly();
  readonly score = this.currentScore.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly loaded = signal(false);
  readonly error = this.failure.asReadonly();
  readonly codedCount = computed(() => this.currentSample()?.items.filter((item) => item.codedThemeIds !== null).length ?? 0);

  async reload(): Promise<void> {
    const slug = this.themes.slug();
    if (!slug) return;
    this.loadingState.set(true);
    this.failure.set(null);
    try {
      const sample = await this.api.latestSample(slug);
      this.currentSample.set(sample);
      this.currentScore.set(null);
      this.loaded.set(true);
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.loadingState.set(false);
    }
  }

  async draw(size: number): Promise<QualitySampleDto> {
    const sample = await this.api.drawSample(this.themes.slug(), size);
    this.currentSample.set(sample);
    this.currentScore.set(null);
    return sample;
  }

  isSaving(commentId: string): boolean {
    return this.savingIds().has(commentId);
  }

  /** Saves the staff member's own themes for one sampled comment (an empty list: "no theme fits"). */
  async code(commentId: string, themeIds: readonly string[]): Promise<void> {
    const sample = this.currentSample();
    if (!sample) return;
    this.savingIds.update((ids) => new Set(ids).add(commentId));
    try {
      await this.api.codeSampleItem(this.themes.slug(), sample.id, commentId, [...themeIds]);
      this.currentSample.update((current) =>
        current && current.id === sample.id
          ? {
              ...current,
              items: current.items.map((item) => (item.commentId === commentId ? { ...item, codedThemeIds: [...themeIds] } : item)),
            }
          : current,
      );
    } finally {
      this.savingIds.update((ids) => {
        const next = new Set(ids);
        next.delete(commentId);
        return next;
      });
    }
  }

  async computeScore(): Promise<ThemeQualityDto | null> {
    const sample = this.currentSample();
    if (!sample) return null;
    const score = await this.api.sampleScore(this.themes.slug(), sample.id);
    this.currentScore.set(score);
    return score;
  }
}
