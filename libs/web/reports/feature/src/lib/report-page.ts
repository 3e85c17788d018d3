import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ErrorCode, PublishedReportDto } from '@consulta/shared/contracts';
import { CityDatePipe, I18nService, PageTitleService, TranslatePipe, pageLink, toApiError } from '@consulta/web/core';
import { ReportCommentPageLoader, ReportsApi } from '@consulta/web/reports/data-access';
import { AlertMessage } from '@consulta/web/ui';
import { ReportDownloads } from './report-downloads';
import { ReportView } from './report-view';

type LoadState =
  { kind: 'loading' } | { kind: 'loaded'; report: PublishedReportDto } | { kind: 'notFound' } | { kind: 'failed'; error: unknown };

/**
 * /k/:slug/report (the latest version) and /k/:slug/report/v/:version (any earlier one): the published report,
 * served from what was stored at publication, with its files, versions and change notes.
 */
@Component({
  selector: 'cs-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, CityDatePipe, AlertMessage, ReportView, ReportDownloads],
  templateUrl: './report-page.html',
  styleUrl: './report.css',
  // The report's parts are child components: their styles (all prefixed report-) are shared, so not encapsulated.
  encapsulation: ViewEncapsulation.None,
})
export class ReportPage {
  /** Route parameters. */
  readonly slug = input.required<string>();
  readonly version = input<string>();

  private readonly api = inject(ReportsApi);
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleService);
  private readonly state = signal<LoadState>({ kind: 'loading' });
  private generation = 0;

  protected readonly consultationLink = computed(() => pageLink('consultation', this.slug()));
  protected readonly report = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.report : null;
  });
  protected readonly loading = computed(() => this.state().kind === 'loading');
  protected readonly notFound = computed(() => this.state().kind === 'notFound');
  protected readonly errorText = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? this.i18n.describeError(state.error) : null;
  });
  /** One persistent <h1> across loading, loaded and not found, so focus placed on it after navigation stays. */
  protected readonly heading = computed(() => {
    const report = this.report();
    return report ? this.i18n.t('report.headingFor', { title: report.content.consultationTitle }) : this.i18n.t('title.report');
  });
  protected readonly latestVersion = computed(() => this.report()?.versions[0]?.version ?? null);
  protected readonly isLatest = computed(() => {
    const report = this.report();
    return report !== null && report.version === this.latestVersion();
  });
  protected readonly versions = computed(() =>
    (this.report()?.versions ?? []).map((version) => ({
      ...version,
      link: pageLink('reportVersion', this.slug(), String(version.version)),
    })),
  );
  protected readonly latestLink = computed(() => pageLink('report', this.slug()));
  protected readonly commentLoader = computed((): ReportCommentPageLoader | null => {
    const report = this.report();
    if (!report) return null;
    const slug = this.slug();
    return (query) => this.api.publishedComments(slug, report.version, query);
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      const version = this.version();
      untracked(() => void this.load(slug, version));
    });
    effect(() => {
      const report = this.report();
      this.pageTitle.setContentTitle(report ? this.heading() : null);
    });
  }

  protected reload(): void {
    void this.load(this.slug(), this.version());
  }

  private async load(slug: string, version: string | undefined): Promise<void> {
    const generation = ++this.generation;
    const number = version === undefined ? null : Number(version);
    if (number !== null && (!Number.isInteger(number) || number < 1)) {
      this.state.set({ kind: 'notFound' });
      return;
    }
    this.state.set({ kind: 'loading' });
    try {
      const report = await this.api.published(slug, number);
      if (generation === this.generation) this.state.set({ kind: 'loaded', report });
    } catch (error) {
      if (generation !== this.generation) return;
      const apiError = toApiError(error);
      const missing = apiError.status === 404 || apiError.code === ErrorCode.NotFound;
      this.state.set(missing ? { kind: 'notFound' } : { kind: 'failed', error });
    }
  }
}
