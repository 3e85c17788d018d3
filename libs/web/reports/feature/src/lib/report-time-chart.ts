import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ReportDayDto } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe } from '@consulta/web/core';
import { columns } from './chart-scale';
import { formatCount, formatIsoDate } from './report-format';

let nextId = 0;

/**
 * Comments per day as a column chart (accessible SVG, like the bar chart), with a table of comments and replies per
 * day as its data alternative.
 */
@Component({
  selector: 'cs-report-time-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './report-time-chart.html',
})
export class ReportTimeChart {
  readonly caption = input.required<string>();
  readonly days = input.required<readonly ReportDayDto[]>();

  private readonly i18n = inject(I18nService);
  protected readonly id = `cs-report-time-chart-${nextId++}`;
  protected readonly tableOpen = signal(false);

  protected readonly chart = computed(() => columns(this.days().map((day) => day.comments)));
  protected readonly firstDate = computed(() => formatIsoDate(this.days()[0]?.date ?? null, this.i18n.language(), 'short'));
  protected readonly lastDate = computed(() => formatIsoDate(this.days().at(-1)?.date ?? null, this.i18n.language(), 'short'));
  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return this.days().map((day) => ({ ...day, dateText: formatIsoDate(day.date, language) }));
  });
  protected readonly totals = computed(() =>
    this.days().reduce((sum, day) => ({ comments: sum.comments + day.comments, replies: sum.replies + day.replies }), {
      comments: 0,
      replies: 0,
    }),
  );
  protected readonly summary = computed(() => {
    const days = this.days();
    if (days.length === 0) return this.i18n.t('report.chart.empty');
    const language = this.i18n.language();
    const peak = days.reduce((best, day) => (day.comments > best.comments ? day : best), days[0]);
    return this.i18n.t('report.chart.timeSummary', {
      from: formatIsoDate(days[0].date, language),
      to: formatIsoDate(days[days.length - 1].date, language),
      comments: formatCount(this.totals().comments, language),
      replies: formatCount(this.totals().replies, language),
      peak: formatCount(peak.comments, language),
      peakDate: formatIsoDate(peak.date, language),
    });
  });

  protected readonly toggleName = computed(
    () => `${this.i18n.t(this.tableOpen() ? 'report.chart.hideTable' : 'report.chart.showTable')}: ${this.caption()}`,
  );

  protected toggleTable(): void {
    this.tableOpen.update((open) => !open);
  }
}
