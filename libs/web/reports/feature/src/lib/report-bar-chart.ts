import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { I18nService, TranslatePipe } from '@consulta/web/core';
import { ChartDatum, horizontalBars, shareOf, truncateLabel } from './chart-scale';
import { formatCount, formatShare } from './report-format';

/** A bar of the chart: `lang` marks the report's Polish data labels (area and section names) when the interface is English. */
export interface ChartItem extends ChartDatum {
  lang: string | null;
}

let nextId = 0;

/**
 * A horizontal bar chart as accessible SVG (role="img", named by its caption, described by a one-line summary),
 * followed by a button that shows the same numbers as a real table (caption, header cells with scope), in a
 * focusable, labelled region that scrolls sideways on phones.
 */
@Component({
  selector: 'cs-report-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './report-bar-chart.html',
})
export class ReportBarChart {
  readonly caption = input.required<string>();
  readonly items = input.required<readonly ChartItem[]>();

  private readonly i18n = inject(I18nService);
  protected readonly id = `cs-report-chart-${nextId++}`;
  protected readonly tableOpen = signal(false);

  protected readonly total = computed(() => this.items().reduce((sum, item) => sum + item.count, 0));
  protected readonly chart = computed(() => {
    const chart = horizontalBars(this.items());
    return {
      ...chart,
      bars: chart.bars.map((bar, index) => ({ ...bar, short: truncateLabel(bar.label), lang: this.items()[index].lang })),
    };
  });
  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    const total = this.total();
    return this.items().map((item) => ({
      ...item,
      countText: formatCount(item.count, language),
      shareText: formatShare(shareOf(item.count, total), language),
    }));
  });
  /** Read after the name: the largest category and the total, the gist a sighted reader takes from the bars. */
  protected readonly summary = computed(() => {
    const items = this.items();
    const largest = items.reduce<ChartItem | null>((best, item) => (best === null || item.count > best.count ? item : best), null);
    if (!largest) return this.i18n.t('report.chart.empty');
    return this.i18n.t('report.chart.summary', {
      label: largest.label,
      count: formatCount(largest.count, this.i18n.language()),
      total: formatCount(this.total(), this.i18n.language()),
    });
  });

  protected readonly toggleName = computed(
    () => `${this.i18n.t(this.tableOpen() ? 'report.chart.hideTable' : 'report.chart.showTable')}: ${this.caption()}`,
  );

  protected toggleTable(): void {
    this.tableOpen.update((open) => !open);
  }
}
