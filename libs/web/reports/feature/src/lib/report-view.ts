import { ChangeDetectionStrategy, Component, input, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ReportContentDto } from '@consulta/shared/contracts';
import { TranslatePipe } from '@consulta/web/core';
import { ReportCommentPageLoader } from '@consulta/web/reports/data-access';
import { ReportCommentTable } from './report-comment-table';
import { ReportFigures } from './report-figures';
import { ReportHeaderList } from './report-header-list';
import { ReportThemes } from './report-themes';
import { ReportChanges } from './report-changes';

/**
 * The body of a report, the same on the public page and in the staff preview: header, figures, themes ("you said,
 * we did"), what changed in the text, and the table of every comment. Sections are h2 regions with stable ids.
 */
@Component({
  selector: 'cs-report-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink, ReportHeaderList, ReportFigures, ReportThemes, ReportCommentTable, ReportChanges],
  templateUrl: './report-view.html',
})
export class ReportView {
  readonly content = input.required<ReportContentDto>();
  readonly commentLoader = input.required<ReportCommentPageLoader>();
  /** Prefix of the section ids (the staff preview and the public page could otherwise clash with other ids). */
  readonly idPrefix = input('report');

  private readonly table = viewChild(ReportCommentTable);

  protected revealComment(number: number): void {
    void this.table()?.reveal(number);
  }
}
