import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReportHeaderDto } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe, TranslationKey } from '@consulta/web/core';
import { formatIsoDate } from './report-format';

/** The report's header (subject, organiser, dates…) as a definition list; the values are the city's Polish text. */
@Component({
  selector: 'cs-report-header-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <dl class="report-header">
      @for (entry of entries(); track entry.label) {
        <div class="report-header__item">
          <dt>{{ entry.label | t }}</dt>
          @if (entry.value) {
            <dd lang="pl">{{ entry.value }}</dd>
          } @else {
            <dd class="muted">{{ 'report.notSet' | t }}</dd>
          }
        </div>
      }
    </dl>
  `,
})
export class ReportHeaderList {
  readonly header = input.required<ReportHeaderDto>();

  private readonly i18n = inject(I18nService);

  protected readonly entries = computed((): { label: TranslationKey; value: string }[] => {
    const header = this.header();
    const language = this.i18n.language();
    return [
      { label: 'report.header.subject', value: header.subject },
      { label: 'report.header.organiser', value: header.organiser },
      { label: 'report.header.participants', value: header.participants },
      { label: 'report.header.startDate', value: formatIsoDate(header.startDate, language) },
      { label: 'report.header.endDate', value: formatIsoDate(header.endDate, language) },
      { label: 'report.header.announcement', value: header.announcement },
      { label: 'report.header.forms', value: header.forms },
      { label: 'report.header.summary', value: header.summary },
    ];
  });
}
