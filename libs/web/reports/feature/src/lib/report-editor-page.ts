import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  runInInjectionContext,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ConsultationStatus, JobState, REPORT_CHANGE_NOTE_MAX_LENGTH, ReportDraftState, StaffReportDto } from '@consulta/shared/contracts';
import { ConsultationApi } from '@consulta/web/consultation/data-access';
import {
  CityDatePipe,
  I18nService,
  JobProgress,
  PageTitleService,
  STATUS_LABEL,
  TranslatePipe,
  applyServerValidationErrors,
  focusFirstInvalid,
  pageLink,
  trackJob,
  visibleError,
} from '@consulta/web/core';
import { ReportCommentPageLoader, ReportsApi } from '@consulta/web/reports/data-access';
import { AlertMessage, FieldError, JobProgressBar } from '@consulta/web/ui';
import { ReportHeaderField, createReportHeaderForm, fillReportHeaderForm, toHeaderRequest } from './report-header-form';
import { ReportView } from './report-view';

type Notice = { kind: 'success' | 'error'; text: string } | null;

/**
 * /staff/k/:slug/report: staff generate the draft (a background job; the page stays usable), edit its header,
 * preview it, and publish it as a numbered version (a correction needs a change note), then follow the link to
 * the public page. Theme responses are edited on the themes page, linked from the preview.
 */
@Component({
  selector: 'cs-report-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, CityDatePipe, AlertMessage, FieldError, JobProgressBar, ReportView],
  templateUrl: './report-editor-page.html',
  styleUrl: './report.css',
  // The report's parts are child components: their styles (all prefixed report-) are shared, so not encapsulated.
  encapsulation: ViewEncapsulation.None,
})
export class ReportEditorPage {
  /** Route parameter. */
  readonly slug = input.required<string>();

  private readonly api = inject(ReportsApi);
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly consultation = inject(ConsultationApi).detailResource(this.slug);

  protected readonly statusLabel = STATUS_LABEL;
  protected readonly report = signal<StaffReportDto | null>(null);
  private readonly loadFailure = signal<unknown>(null);
  protected readonly loadError = computed(() => {
    const failure = this.loadFailure();
    return failure ? this.i18n.describeError(failure) : null;
  });

  protected readonly consultationStatus = computed(() => (this.consultation.hasValue() ? this.consultation.value().status : null));
  protected readonly closed = computed(() => {
    const status = this.consultationStatus();
    return status === ConsultationStatus.Closed || status === ConsultationStatus.ReportPublished;
  });
  protected readonly heading = computed(() => {
    const title = this.report()?.draft?.consultationTitle ?? (this.consultation.hasValue() ? this.consultation.value().title : null);
    return title ? this.i18n.t('report.editor.headingFor', { title }) : this.i18n.t('title.reportEditor');
  });
  protected readonly links = computed(() => {
    const slug = this.slug();
    return {
      consultation: pageLink('consultation', slug),
      themes: pageLink('themes', slug),
      admin: pageLink('adminEdit', slug),
      report: pageLink('report', slug),
    };
  });
  protected readonly draft = computed(() => this.report()?.draft ?? null);
  protected readonly versions = computed(() =>
    (this.report()?.versions ?? []).map((version) => ({
      ...version,
      link: pageLink('reportVersion', this.slug(), String(version.version)),
    })),
  );
  protected readonly nextVersion = computed(() => (this.report()?.versions[0]?.version ?? 0) + 1);
  protected readonly isCorrection = computed(() => this.nextVersion() > 1);
  protected readonly draftStateKey = computed(() => `report.state.${this.report()?.state ?? ReportDraftState.None}` as const);

  /** The background job being followed (generation or publication), and which. */
  protected readonly job = signal<{ kind: 'generate' | 'publish'; progress: JobProgress } | null>(null);
  protected readonly generateJob = computed(() => {
    const job = this.job();
    return job?.kind === 'generate' ? job.progress : null;
  });
  protected readonly publishJob = computed(() => {
    const job = this.job();
    return job?.kind === 'publish' ? job.progress : null;
  });
  protected readonly busy = computed(() => {
    const job = this.job();
    return job !== null && !job.progress.finished();
  });
  protected readonly generateNotice = signal<Notice>(null);
  protected readonly publishNotice = signal<Notice>(null);
  protected readonly publishedVersion = signal<number | null>(null);

  protected readonly headerForm = createReportHeaderForm();
  protected readonly headerSubmitted = signal(false);
  protected readonly headerSaving = signal(false);
  protected readonly headerNotice = signal<Notice>(null);

  protected readonly changeNote = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(REPORT_CHANGE_NOTE_MAX_LENGTH)],
  });
  protected readonly publishSubmitted = signal(false);
  protected readonly confirmingPublish = signal(false);
  protected readonly publishing = signal(false);

  protected readonly commentLoader = computed((): ReportCommentPageLoader | null => {
    const draft = this.draft();
    if (!draft) return null;
    const slug = this.slug();
    // A new function per generation, so the table starts over with the regenerated rows.
    void draft.generatedAt;
    return (query) => this.api.draftComments(slug, query);
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
    effect(() => this.pageTitle.setContentTitle(this.report() || this.consultation.hasValue() ? this.heading() : null));
    // The header form follows the draft unless staff are editing it.
    effect(() => {
      const draft = this.draft();
      if (draft && !this.headerForm.dirty) untracked(() => fillReportHeaderForm(this.headerForm, draft.header));
    });
    // The change note is required for a correction (version 2 onwards).
    effect(() => {
      const required = this.isCorrection();
      untracked(() => {
        this.changeNote.setValidators(
          required
            ? [Validators.required, Validators.maxLength(REPORT_CHANGE_NOTE_MAX_LENGTH)]
            : [Validators.maxLength(REPORT_CHANGE_NOTE_MAX_LENGTH)],
        );
        this.changeNote.updateValueAndValidity();
      });
    });
    effect(() => {
      const job = this.job();
      if (job && job.progress.finished()) untracked(() => void this.finishJob(job.kind, job.progress));
    });
  }

  protected headerError(name: ReportHeaderField): string | null {
    const control = this.headerForm.controls[name];
    if (control.hasError('datesOrder') && (control.touched || this.headerSubmitted())) return this.i18n.t('report.editor.datesOrder');
    return visibleError(this.i18n, control, this.headerSubmitted());
  }

  protected changeNoteError(): string | null {
    return visibleError(this.i18n, this.changeNote, this.publishSubmitted());
  }

  protected async generateDraft(): Promise<void> {
    this.generateNotice.set(null);
    this.publishNotice.set(null);
    try {
      const { jobId } = await this.api.generateDraft(this.slug());
      this.follow('generate', jobId);
    } catch (error) {
      this.generateNotice.set({ kind: 'error', text: this.i18n.describeError(error) });
    }
  }

  protected async saveHeader(formElement: HTMLFormElement): Promise<void> {
    this.headerSubmitted.set(true);
    this.headerNotice.set(null);
    if (this.headerForm.invalid) {
      this.headerForm.markAllAsTouched();
      focusFirstInvalid(formElement, this.headerForm);
      return;
    }
    this.headerSaving.set(true);
    try {
      const report = await this.api.updateHeader(this.slug(), toHeaderRequest(this.headerForm));
      this.headerForm.markAsPristine();
      this.report.set(report);
      this.headerNotice.set({ kind: 'success', text: this.i18n.t('report.editor.headerSaved') });
    } catch (error) {
      const { fields, complete } = applyServerValidationErrors(this.headerForm, error);
      this.headerNotice.set(complete && fields.length > 0 ? null : { kind: 'error', text: this.i18n.describeError(error) });
      if (fields.length > 0) focusFirstInvalid(formElement, this.headerForm);
    } finally {
      this.headerSaving.set(false);
    }
  }

  /** The first press asks for confirmation (inline, focus moves to the question). */
  protected requestPublish(): void {
    this.publishSubmitted.set(true);
    this.publishNotice.set(null);
    if (this.changeNote.invalid) {
      this.changeNote.markAsTouched();
      this.document.getElementById('report-change-note')?.focus();
      return;
    }
    this.confirmingPublish.set(true);
    afterNextRender(() => this.document.getElementById('report-publish-confirm')?.focus(), { injector: this.injector });
  }

  protected cancelPublish(): void {
    this.confirmingPublish.set(false);
    afterNextRender(() => this.document.getElementById('report-publish')?.focus(), { injector: this.injector });
  }

  protected async publish(): Promise<void> {
    this.confirmingPublish.set(false);
    this.publishing.set(true);
    try {
      const note = this.changeNote.value.trim();
      const { jobId } = await this.api.publish(this.slug(), note ? { changeNote: note } : {});
      this.follow('publish', jobId);
    } catch (error) {
      this.publishNotice.set({ kind: 'error', text: this.i18n.describeError(error) });
      afterNextRender(() => this.document.getElementById('report-publish')?.focus(), { injector: this.injector });
    } finally {
      this.publishing.set(false);
    }
  }

  protected reload(): void {
    void this.load(this.slug());
  }

  private async load(slug: string): Promise<void> {
    this.loadFailure.set(null);
    try {
      const report = await this.api.staffReport(slug);
      this.report.set(report);
      // A job started earlier (another tab, before a reload) is followed here too.
      if (report.jobId && !this.job()) this.follow(report.state === ReportDraftState.Generating ? 'generate' : 'publish', report.jobId);
    } catch (error) {
      this.loadFailure.set(error);
    }
  }

  private follow(kind: 'generate' | 'publish', jobId: string): void {
    this.job()?.progress.stop();
    this.job.set({ kind, progress: runInInjectionContext(this.injector, () => trackJob(jobId)) });
  }

  private async finishJob(kind: 'generate' | 'publish', progress: JobProgress): Promise<void> {
    const succeeded = progress.state() === JobState.Succeeded;
    const failure = succeeded ? null : (progress.errorText() ?? progress.statusText());
    if (kind === 'publish' && succeeded) this.publishedVersion.set(this.nextVersion());
    await this.load(this.slug());
    this.job.set(null);
    if (kind === 'generate') {
      this.generateNotice.set(
        succeeded ? { kind: 'success', text: this.i18n.t('report.editor.generated') } : { kind: 'error', text: failure ?? '' },
      );
    } else if (succeeded) {
      this.changeNote.reset('');
      this.publishSubmitted.set(false);
      this.publishNotice.set({ kind: 'success', text: this.i18n.t('report.editor.published', { version: this.publishedVersion() ?? 1 }) });
    } else {
      this.publishNotice.set({ kind: 'error', text: failure ?? '' });
    }
  }
}
