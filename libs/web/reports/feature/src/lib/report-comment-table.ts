import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ReportCommentRowDto } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe } from '@consulta/web/core';
import { ReportCommentPageLoader, ReportCommentsStore } from '@consulta/web/reports/data-access';
import { AlertMessage } from '@consulta/web/ui';
import { CHANNEL_LABEL, DECISION_LABEL, SUBMITTER_LABEL } from './report-labels';
import { formatCount } from './report-format';

/** The id of a comment's row: the target of the themes' quote links. */
export function commentRowId(number: number): string {
  return `uwaga-${number}`;
}

/**
 * The table of every published comment: number, submitter (type, or the organisation's name; never a private
 * person's name), passage, text, decision with justification. Read page by page ("show more"), each page
 * announced; on phones the table scrolls sideways in a focusable, labelled region.
 */
@Component({
  selector: 'cs-report-comment-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, AlertMessage],
  providers: [ReportCommentsStore],
  templateUrl: './report-comment-table.html',
})
export class ReportCommentTable {
  /** Where the rows come from (the draft's or a published version's table); a new loader starts over. */
  readonly loader = input.required<ReportCommentPageLoader>();

  protected readonly store = inject(ReportCommentsStore);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly rowId = commentRowId;
  protected readonly submitterLabel = SUBMITTER_LABEL;
  protected readonly channelLabel = CHANNEL_LABEL;
  protected readonly decisionLabel = DECISION_LABEL;
  /** Polite announcement after each page ("Showing 100 of 240 comments"). */
  protected readonly announcement = signal('');

  protected readonly shownText = computed(() => {
    const total = this.store.total();
    if (total === null) return '';
    const language = this.i18n.language();
    return this.i18n.t('report.comments.shown', {
      shown: formatCount(this.store.items().length, language),
      total: formatCount(total, language),
    });
  });
  protected readonly errorText = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });

  constructor() {
    effect(() => {
      const loader = this.loader();
      untracked(() => void this.store.load(loader));
    });
  }

  protected async showMore(): Promise<void> {
    const firstNew = this.store.items().length;
    const added = await this.store.loadMore();
    if (!added) return;
    this.announcement.set(this.shownText());
    // Without a "more" button left, focus would fall to the page: move it to the first row just added.
    if (!this.store.hasMore()) this.focusRow(this.store.items()[firstNew]);
  }

  /** Loads pages until comment `number` is in the table, then scrolls to its row and focuses it. */
  async reveal(number: number): Promise<void> {
    while (!this.store.items().some((row) => row.number === number) && this.store.hasMore()) {
      if (!(await this.store.loadMore())) break;
    }
    const row = this.store.items().find((candidate) => candidate.number === number);
    if (row) {
      this.announcement.set(this.shownText());
      this.focusRow(row);
    }
  }

  protected retry(): void {
    void this.store.retry();
  }

  private focusRow(row: ReportCommentRowDto | undefined): void {
    if (!row) return;
    afterNextRender(
      () => {
        const cell = this.document.getElementById(commentRowId(row.number));
        cell?.scrollIntoView({ block: 'center' });
        cell?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
