import { Injectable, computed, signal } from '@angular/core';
import { REPORT_COMMENT_PAGE_DEFAULT_LIMIT, ReportCommentPageDto, ReportCommentRowDto } from '@consulta/shared/contracts';
import { ReportCommentPageQuery } from './reports-api';

/** Fetches one page of a report's table (the draft's or a published version's). */
export type ReportCommentPageLoader = (query: ReportCommentPageQuery) => Promise<ReportCommentPageDto>;

/**
 * The report's table of comments, read page by page with the keyset cursor ("show more" appends). A new source
 * (another version, a regenerated draft) starts over; answers for an older source are dropped.
 * Provide it in the component showing the table.
 */
@Injectable()
export class ReportCommentsStore {
  /** Rows per request. */
  pageSize = REPORT_COMMENT_PAGE_DEFAULT_LIMIT;
  private loader: ReportCommentPageLoader | null = null;
  private generation = 0;

  private readonly rows = signal<ReportCommentRowDto[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly totalCount = signal<number | null>(null);
  private readonly state = signal<'idle' | 'loading' | 'more'>('idle');
  private readonly failure = signal<unknown>(null);

  readonly items = this.rows.asReadonly();
  readonly total = this.totalCount.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly loading = computed(() => this.state() === 'loading');
  readonly loadingMore = computed(() => this.state() === 'more');
  readonly hasMore = computed(() => this.cursor() !== null);
  readonly loaded = computed(() => this.totalCount() !== null);

  /** Starts over with a new source and loads its first page. */
  async load(loader: ReportCommentPageLoader): Promise<void> {
    this.loader = loader;
    const generation = ++this.generation;
    this.rows.set([]);
    this.cursor.set(null);
    this.totalCount.set(null);
    this.failure.set(null);
    this.state.set('loading');
    await this.fetch(generation, null);
  }

  /** Appends the next page; true when rows were added. */
  async loadMore(): Promise<boolean> {
    const cursor = this.cursor();
    if (!this.loader || cursor === null || this.state() !== 'idle') return false;
    this.failure.set(null);
    this.state.set('more');
    return this.fetch(this.generation, cursor);
  }

  /** Tries the failed request again (the first page when nothing has loaded). */
  retry(): Promise<unknown> {
    if (!this.loader) return Promise.resolve();
    return this.loaded() ? this.loadMore() : this.load(this.loader);
  }

  private async fetch(generation: number, cursor: string | null): Promise<boolean> {
    const loader = this.loader;
    if (!loader) return false;
    try {
      const page = await loader({ cursor, limit: this.pageSize });
      if (generation !== this.generation) return false;
      this.rows.update((rows) => (cursor === null ? page.items : [...rows, ...page.items]));
      this.cursor.set(page.nextCursor);
      this.totalCount.set(page.total);
      return page.items.length > 0;
    } catch (error) {
      if (generation === this.generation) this.failure.set(error);
      return false;
    } finally {
      if (generation === this.generation) this.state.set('idle');
    }
  }
}
