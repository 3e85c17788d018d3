import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReportFileDto, ReportFileFormat } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe } from '@consulta/web/core';
import { FORMAT_LABEL } from './report-labels';
import { formatFileSize } from './report-format';

const ORDER: readonly ReportFileFormat[] = [ReportFileFormat.Pdf, ReportFileFormat.Csv, ReportFileFormat.Xlsx, ReportFileFormat.Json];

/** The stored files of a published version (PDF, CSV, XLSX, JSON), each with its size. */
@Component({
  selector: 'cs-report-downloads',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <ul class="report-downloads">
      @for (file of links(); track file.format) {
        <li>
          <a class="report-downloads__link" [href]="file.url" download>
            {{ file.label | t }}<span class="report-downloads__size">, {{ file.size }}</span>
          </a>
        </li>
      }
    </ul>
    <p class="hint">{{ 'report.downloads.hint' | t }}</p>
  `,
})
export class ReportDownloads {
  readonly files = input.required<readonly ReportFileDto[]>();

  private readonly i18n = inject(I18nService);

  protected readonly links = computed(() => {
    const language = this.i18n.language();
    return [...this.files()]
      .sort((a, b) => ORDER.indexOf(a.format) - ORDER.indexOf(b.format))
      .map((file) => ({ format: file.format, url: file.url, label: FORMAT_LABEL[file.format], size: formatFileSize(file.size, language) }));
  });
}
