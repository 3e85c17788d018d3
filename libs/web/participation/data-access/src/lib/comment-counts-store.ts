import { Injectable, computed, inject, signal } from '@angular/core';
import { CommentCountsDto, CommentDto, CommentState } from '@consulta/shared/contracts';
import { ParticipationApi } from './participation-api';

/** Published comment counts of one consultation, per section and paragraph. Provide it in the reading page. */
@Injectable()
export class CommentCountsStore {
  private readonly api = inject(ParticipationApi);
  private readonly counts = signal<CommentCountsDto | null>(null);
  private requested: string | null = null;

  readonly total = computed(() => this.counts()?.total ?? 0);
  private readonly bySection = computed(() => new Map((this.counts()?.sections ?? []).map((s) => [s.sectionKey, s.count])));
  private readonly byParagraph = computed(
    () => new Map((this.counts()?.sections ?? []).flatMap((s) => s.paragraphs.map((p) => [p.paragraphKey, p.count] as const))),
  );

  async load(slug: string): Promise<void> {
    this.requested = slug;
    try {
      const counts = await this.api.commentCounts(slug);
      if (this.requested === slug) {
        this.counts.set(counts);
      }
    } catch {
      // Counts are a convenience: the text stays readable without them.
      this.counts.set(null);
    }
  }

  sectionCount(sectionKey: string): number {
    return this.bySection().get(sectionKey) ?? 0;
  }

  paragraphCount(paragraphKey: string): number {
    return this.byParagraph().get(paragraphKey) ?? 0;
  }

  /** A comment was published (+1) or a published one withdrawn (-1). Only published comments count. */
  adjust(comment: Pick<CommentDto, 'sectionKey' | 'paragraphKey' | 'state'>, delta: 1 | -1): void {
    if (comment.state !== CommentState.Published) {
      return;
    }
    this.counts.update((current) => {
      const counts = current ?? { total: 0, sections: [] };
      const sections = counts.sections.some((s) => s.sectionKey === comment.sectionKey)
        ? counts.sections
        : [...counts.sections, { sectionKey: comment.sectionKey, count: 0, paragraphs: [] }];
      return {
        total: Math.max(0, counts.total + delta),
        sections: sections.map((section) => {
          if (section.sectionKey !== comment.sectionKey) {
            return section;
          }
          const key = comment.paragraphKey;
          const paragraphs =
            key === null || section.paragraphs.some((p) => p.paragraphKey === key)
              ? section.paragraphs
              : [...section.paragraphs, { paragraphKey: key, count: 0 }];
          return {
            ...section,
            count: Math.max(0, section.count + delta),
            paragraphs: paragraphs.map((p) => (p.paragraphKey === key ? { ...p, count: Math.max(0, p.count + delta) } : p)),
          };
        }),
      };
    });
  }
}
