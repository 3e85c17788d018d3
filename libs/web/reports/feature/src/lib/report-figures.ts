import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReportCountDto, ReportFiguresDto } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe, TranslationKey } from '@consulta/web/core';
import { ChartItem, ReportBarChart } from './report-bar-chart';
import { CountKind, countLabel } from './report-labels';
import { ReportTimeChart } from './report-time-chart';
import { formatCount } from './report-format';

interface FigureChart {
  id: string;
  caption: TranslationKey;
  items: ChartItem[];
}

/** The report's figures: participation and moderation totals as definition lists, each breakdown as a chart with its table. */
@Component({
  selector: 'cs-report-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, ReportBarChart, ReportTimeChart],
  templateUrl: './report-figures.html',
})
export class ReportFigures {
  readonly figures = input.required<ReportFiguresDto>();

  private readonly i18n = inject(I18nService);

  protected readonly participation = computed(() => {
    const figures = this.figures();
    return this.totals([
      ['report.figures.comments', figures.comments],
      ['report.figures.replies', figures.replies],
      ['report.figures.uniqueParticipants', figures.uniqueParticipants],
    ]);
  });

  protected readonly moderation = computed(() => {
    const figures = this.figures();
    return this.totals([
      ['report.figures.received', figures.received],
      ['report.figures.published', figures.published],
      ['report.figures.rejected', figures.rejected],
      ['report.figures.hidden', figures.hidden],
      ['report.figures.withdrawn', figures.withdrawn],
    ]);
  });

  protected readonly participationCharts = computed(() => {
    const figures = this.figures();
    return [
      this.chart('by-channel', 'report.chart.byChannel', 'channel', figures.byChannel),
      this.chart('by-submitter', 'report.chart.bySubmitterType', 'submitter', figures.bySubmitterType),
      this.chart('by-stance', 'report.chart.byStance', 'stance', figures.byStance),
      this.chart('by-section', 'report.chart.bySection', 'data', figures.bySection),
      this.chart('by-area', 'report.chart.byArea', 'data', figures.byArea),
    ].filter((chart) => chart.id !== 'by-area' || chart.items.length > 0);
  });

  protected readonly decisionChart = computed(() =>
    this.chart('by-decision', 'report.chart.byDecision', 'decision', this.figures().byDecision),
  );
  protected readonly rejectionChart = computed(() =>
    this.chart('rejected-by-reason', 'report.chart.rejectedByReason', 'reason', this.figures().rejectedByReason),
  );

  private totals(entries: [TranslationKey, number][]): { label: TranslationKey; value: string }[] {
    const language = this.i18n.language();
    return entries.map(([label, value]) => ({ label, value: formatCount(value, language) }));
  }

  private chart(id: string, caption: TranslationKey, kind: CountKind, counts: readonly ReportCountDto[]): FigureChart {
    this.i18n.language();
    return {
      id,
      caption,
      items: counts.map((count) => {
        const { label, translated } = countLabel(this.i18n, kind, count);
        return { key: count.key, label, count: count.count, lang: translated ? null : 'pl' };
      }),
    };
  }
}
