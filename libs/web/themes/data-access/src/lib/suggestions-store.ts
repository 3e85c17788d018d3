import { Injectable, computed, inject, signal } from '@angular/core';
import { SuggestionState, ThemeSuggestionDto } from '@consulta/shared/contracts';
import { JobFollower } from './job-follower';
import { ThemesApi } from './themes-api';
import { ThemesStore } from './themes-store';

export const SUGGESTION_PAGE_SIZE = 25;

export type SuggestionDecision = 'accept' | 'reject';

/**
 * Suggestions of existing themes: the job that computes them, the pending list (keyset "more") and the decisions.
 * A decided suggestion stays listed with its new state until the next reload, so focus can move on calmly.
 */
@Injectable()
export class SuggestionsStore {
  private readonly api = inject(ThemesApi);
  private readonly themes = inject(ThemesStore);
  private generation = 0;

  private readonly itemList = signal<ThemeSuggestionDto[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly totalCount = signal(0);
  private readonly loadingState = signal<'idle' | 'loading' | 'more'>('idle');
  private readonly failure = signal<unknown>(null);
  private readonly busyIds = signal<ReadonlySet<string>>(new Set());
  private readonly lastRun = signal<'succeeded' | 'failed' | null>(null);

  readonly items = this.itemList.asReadonly();
  readonly total = this.totalCount.asReadonly();
  readonly pending = computed(() => this.itemList().filter((item) => item.state === SuggestionState.Pending));
  readonly hasMore = computed(() => this.cursor() !== null);
  readonly loading = computed(() => this.loadingState() === 'loading');
  readonly loadingMore = computed(() => this.loadingState() === 'more');
  readonly loaded = signal(false);
  readonly error = this.failure.asReadonly();
  readonly runOutcome = this.lastRun.asReadonly();
  readonly jobs = new JobFollower((succeeded) => {
    this.lastRun.set(succeeded ? 'succeeded' : 'failed');
    if (succeeded) void this.reload();
  });
  readonly job = this.jobs.job;

  /** Starts the job that suggests themes for every comment; the list is read again when it finishes. */
  async run(): Promise<void> {
    this.lastRun.set(null);
    const { jobId } = await this.api.runSuggestions(this.themes.slug());
    this.jobs.follow(jobId);
  }

  async reload(): Promise<void> {
    const slug = this.themes.slug();
    if (!slug) return;
    const generation = ++this.generation;
    this.loadingState.set('loading');
    this.failure.set(null);
    try {
      const page = await this.api.suggestions(slug, { state: SuggestionState.Pending, limit: SUGGESTION_PAGE_SIZE });
      if (generation !== this.generation) return;
      this.itemList.set(page.items);
      this.cursor.set(page.nextCursor);
      this.totalCount.set(page.total);
      this.loaded.set(true);
    } catch (error) {
      if (generation === this.generation) this.failure.set(error);
    } finally {
      if (generation === this.generation) this.loadingState.set('idle');
    }
  }

  async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingState() !== 'idle') return;
    const generation = this.generation;
    this.loadingState.set('more');
    try {
      const page = await this.api.suggestions(this.themes.slug(), {
        state: SuggestionState.Pending,
        cursor,
        limit: SUGGESTION_PAGE_SIZE,
      });
      if (generation !== this.generation) return;
      const known = new Set(this.itemList().map((item) => item.id));
      this.itemList.update((list) => [...list, ...page.items.filter((item) => !known.has(item.id))]);
      this.cursor.set(page.nextCursor);
      this.totalCount.set(page.total);
    } catch (error) {
      if (generation === this.generation) this.failure.set(error);
    } finally {
      if (generation === this.generation) this.loadingState.set('idle');
    }
  }

  find(id: string): ThemeSuggestionDto | undefined {
    return this.itemList().find((item) => item.id === id);
  }

  isBusy(id: string): boolean {
    return this.busyIds().has(id);
  }

  /** Accepts (an ordinary assignment follows) or rejects a pending suggestion. */
  async decide(id: string, decision: SuggestionDecision): Promise<void> {
    const item = this.find(id);
    if (!item || item.state !== SuggestionState.Pending || this.isBusy(id)) return;
    this.busyIds.update((ids) => new Set(ids).add(id));
    try {
      await this.api.decideSuggestion(this.themes.slug(), id, decision);
      const state = decision === 'accept' ? SuggestionState.Accepted : SuggestionState.Rejected;
      this.itemList.update((list) => list.map((entry) => (entry.id === id ? { ...entry, state } : entry)));
      this.totalCount.update((total) => Math.max(0, total - 1));
      if (decision === 'accept') void this.themes.reload();
    } finally {
      this.busyIds.update((ids) => {
        const next = new Set(ids);
        next.delete(id);
        return next;
      });
    }
  }
}
