import { Injectable, computed, inject, signal } from '@angular/core';
import { ThemeAssignmentSource, ThemeCommentDto, ThemeCommentQuery, ThemeDto } from '@consulta/shared/contracts';
import { IdSelection } from './id-selection';
import { ThemesApi } from './themes-api';
import { ThemesStore } from './themes-store';

/** Which comments to list: all, those no theme covers ('none'), or one theme's (its id). */
export interface ThemeCommentFilters {
  theme: string;
  search: string;
}

export const DEFAULT_THEME_COMMENT_FILTERS: ThemeCommentFilters = { theme: '', search: '' };
export const THEME_COMMENT_PAGE_SIZE = 25;

export function toThemeCommentQuery(filters: ThemeCommentFilters, cursor?: string): ThemeCommentQuery {
  const search = filters.search.trim();
  return {
    ...(filters.theme ? { theme: filters.theme } : {}),
    ...(search ? { search } : {}),
    ...(cursor ? { cursor } : {}),
    limit: THEME_COMMENT_PAGE_SIZE,
  };
}

/** A comment's theme chips after adding `theme` (once) or removing it; the rest keep their order. */
export function withTheme(
  comment: ThemeCommentDto,
  theme: ThemeDto,
  assigned: boolean,
  source = ThemeAssignmentSource.Staff,
): ThemeCommentDto {
  const others = comment.themes.filter((entry) => entry.id !== theme.id);
  if (!assigned) return others.length === comment.themes.length ? comment : { ...comment, themes: others };
  const existing = comment.themes.find((entry) => entry.id === theme.id);
  if (existing) return comment;
  return { ...comment, themes: [...comment.themes, { id: theme.id, name: theme.name, colour: theme.colour, source }] };
}

export interface AssignmentOutcome {
  changed: number;
}

/**
 * The comments to theme: filters, keyset "more", selection for bulk assignment and the assignments themselves.
 * A comment that stops matching the filter after an assignment stays listed (with its new chips) until the next
 * search, so the list does not jump under the staff member's focus.
 */
@Injectable()
export class ThemeCommentsStore {
  private readonly api = inject(ThemesApi);
  private readonly themes = inject(ThemesStore);
  private generation = 0;

  private readonly currentFilters = signal<ThemeCommentFilters>(DEFAULT_THEME_COMMENT_FILTERS);
  private readonly itemList = signal<ThemeCommentDto[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly totalCount = signal(0);
  private readonly loadingState = signal<'idle' | 'loading' | 'more'>('idle');
  private readonly failure = signal<unknown>(null);
  private readonly busyIds = signal<ReadonlySet<string>>(new Set());

  readonly filters = this.currentFilters.asReadonly();
  readonly items = this.itemList.asReadonly();
  readonly total = this.totalCount.asReadonly();
  readonly hasMore = computed(() => this.cursor() !== null);
  readonly loading = computed(() => this.loadingState() === 'loading');
  readonly loadingMore = computed(() => this.loadingState() === 'more');
  readonly loaded = signal(false);
  readonly error = this.failure.asReadonly();
  readonly selection = new IdSelection();

  search(filters: ThemeCommentFilters): Promise<void> {
    this.currentFilters.set({ ...filters });
    return this.reload();
  }

  async reload(): Promise<void> {
    const slug = this.themes.slug();
    if (!slug) return;
    const generation = ++this.generation;
    this.itemList.set([]);
    this.cursor.set(null);
    this.selection.clear();
    this.loadingState.set('loading');
    this.failure.set(null);
    try {
      const page = await this.api.comments(slug, toThemeCommentQuery(this.currentFilters()));
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

  /** Appends the next page; comments already listed are not repeated. */
  async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingState() !== 'idle') return;
    const generation = this.generation;
    this.loadingState.set('more');
    this.failure.set(null);
    try {
      const page = await this.api.comments(this.themes.slug(), toThemeCommentQuery(this.currentFilters(), cursor));
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

  isBusy(id: string): boolean {
    return this.busyIds().has(id);
  }

  /** Adds (assigned = true) or removes a theme on the given comments, all or nothing. */
  async setTheme(themeId: string, commentIds: readonly string[], assigned: boolean): Promise<AssignmentOutcome> {
    const theme = this.themes.find(themeId);
    if (!theme || commentIds.length === 0) return { changed: 0 };
    const ids = [...commentIds];
    this.markBusy(ids, true);
    try {
      const request = { themeId, commentIds: ids };
      const slug = this.themes.slug();
      const result = assigned ? await this.api.assign(slug, request) : await this.api.unassign(slug, request);
      this.themes.put(result.theme);
      const touched = new Set(ids);
      this.itemList.update((list) => list.map((item) => (touched.has(item.id) ? withTheme(item, result.theme, assigned) : item)));
      return { changed: result.changed };
    } finally {
      this.markBusy(ids, false);
    }
  }

  /** Bulk: the selected comments that are listed. */
  setThemeOnSelection(themeId: string, assigned: boolean): Promise<AssignmentOutcome> {
    const listed = new Set(this.itemList().map((item) => item.id));
    return this.setTheme(
      themeId,
      this.selection.list().filter((id) => listed.has(id)),
      assigned,
    );
  }

  /** A theme was renamed, recoloured, merged or deleted elsewhere on the page: the chips follow. */
  refreshChips(): void {
    const themes = this.themes.byId();
    this.itemList.update((list) =>
      list.map((item) => ({
        ...item,
        themes: item.themes
          .filter((chip) => themes.has(chip.id))
          .map((chip) => {
            const theme = themes.get(chip.id);
            return theme ? { ...chip, name: theme.name, colour: theme.colour } : chip;
          }),
      })),
    );
  }

  private markBusy(ids: readonly string[], busy: boolean): void {
    this.busyIds.update((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (busy) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }
}
