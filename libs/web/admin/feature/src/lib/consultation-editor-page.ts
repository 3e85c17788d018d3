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
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ConsultationStatus, ImportDocumentResultDto, ModerationMode } from '@consulta/shared/contracts';
import { ConsultationApi } from '@consulta/web/consultation/data-access';
import { I18nService, PageTitleService, TranslatePipe, focusFirstInvalid, pageLink, visibleError } from '@consulta/web/core';
import { AlertMessage, FieldError } from '@consulta/web/ui';
import { createConsultationForm, fillConsultationForm, toCreateRequest, toUpdateRequest } from './consultation-form';
import { DocumentImportPanel } from './document-import-panel';

type FieldName = keyof ReturnType<typeof createConsultationForm>['controls'];

/**
 * /admin/consultations/new and /admin/consultations/:slug. Editing needs the summary from the admin
 * list (drafts included) and, when the API shows it, the public detail for areas and the document.
 */
@Component({
  selector: 'cs-consultation-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FieldError, AlertMessage, DocumentImportPanel],
  templateUrl: './consultation-editor-page.html',
})
export class ConsultationEditorPage {
  /** Route parameter; absent when creating. */
  readonly slug = input<string>();

  private readonly i18n = inject(I18nService);
  private readonly api = inject(ConsultationApi);
  private readonly router = inject(Router);
  private readonly pageTitle = inject(PageTitleService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly listLink = pageLink('admin');
  protected readonly moderationModes = [
    { value: ModerationMode.Pre, label: 'admin.form.moderationPre' },
    { value: ModerationMode.Post, label: 'admin.form.moderationPost' },
  ] as const;
  protected readonly form = createConsultationForm();
  protected readonly editing = computed(() => this.slug() !== undefined);

  private readonly adminList = this.api.adminListResource();
  private readonly detail = this.api.detailResource(this.slug);
  protected readonly summary = computed(() => {
    const slug = this.slug();
    return this.adminList.hasValue() ? (this.adminList.value().find((c) => c.slug === slug) ?? null) : null;
  });
  protected readonly notFound = computed(() => this.editing() && this.adminList.hasValue() && this.summary() === null);
  /** One persistent <h1> whatever has loaded, so focus placed on it after navigation stays. */
  protected readonly heading = computed(() => {
    if (!this.editing()) {
      return this.i18n.t('title.adminCreate');
    }
    const summary = this.summary();
    return summary ? this.i18n.t('admin.edit.heading', { title: summary.title }) : this.i18n.t('title.adminEdit');
  });
  private readonly detailValue = computed(() => (this.detail.hasValue() ? (this.detail.value() ?? null) : null));
  private readonly detailSettled = computed(() => this.detail.status() !== 'loading' && this.detail.status() !== 'reloading');
  private readonly importedVersion = signal<number | null>(null);
  protected readonly detailLoaded = computed(() => this.detailValue() !== null);
  protected readonly currentVersion = computed(() => this.importedVersion() ?? this.detailValue()?.document?.number ?? null);

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly savedMessage = signal<'admin.form.saved' | 'admin.form.created' | null>(
    this.router.currentNavigation()?.extras.state?.['created'] === true ? 'admin.form.created' : null,
  );
  private readonly failure = signal<unknown>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? this.i18n.describeError(failure) : null;
  });
  protected readonly failureDetails = computed(() => this.i18n.describeErrorDetails(this.failure()));

  /** Closing (issue 6): an open consultation can be closed now, after a confirmation; a closed one leads to its report. */
  protected readonly canClose = computed(() => this.summary()?.status === ConsultationStatus.Open);
  protected readonly isClosed = computed(() => {
    const status = this.summary()?.status;
    return status === ConsultationStatus.Closed || status === ConsultationStatus.ReportPublished;
  });
  protected readonly reportEditorLink = computed(() => {
    const slug = this.slug();
    return slug === undefined ? null : pageLink('reportEditor', slug);
  });
  protected readonly confirmingClose = signal(false);
  protected readonly closing = signal(false);
  protected readonly closeMessage = signal<{ kind: 'success' | 'error'; text: string } | null>(null);

  constructor() {
    // Fill the form once the summary (and the detail, or its 404) has arrived.
    effect(() => {
      const summary = this.summary();
      if (summary && this.detailSettled()) {
        const detail = this.detailValue();
        untracked(() => {
          fillConsultationForm(this.form, summary, detail);
          this.form.controls.slug.disable();
        });
      }
    });
    effect(() => this.pageTitle.setContentTitle(this.summary() ? this.heading() : null));
  }

  protected errorFor(name: FieldName): string | null {
    return visibleError(this.i18n, this.form.controls[name], this.submitted());
  }

  protected async saveConsultation(formElement: HTMLFormElement): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    this.savedMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(formElement, this.form);
      return;
    }
    this.pending.set(true);
    try {
      const slug = this.slug();
      if (slug === undefined) {
        const created = await this.api.create(toCreateRequest(this.form));
        await this.router.navigateByUrl(pageLink('adminEdit', created.slug), { state: { created: true } });
      } else {
        await this.api.update(slug, toUpdateRequest(this.form, this.detailValue() !== null));
        this.form.markAsPristine();
        this.savedMessage.set('admin.form.saved');
        this.adminList.reload();
      }
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.pending.set(false);
    }
  }

  protected requestClose(): void {
    this.closeMessage.set(null);
    this.confirmingClose.set(true);
    afterNextRender(() => this.document.getElementById('close-confirm')?.focus(), { injector: this.injector });
  }

  protected cancelClose(): void {
    this.confirmingClose.set(false);
    afterNextRender(() => this.document.getElementById('close-now')?.focus(), { injector: this.injector });
  }

  /** Sets the closing date to now through the admin API; the status follows from the dates. */
  protected async closeNow(): Promise<void> {
    const slug = this.slug();
    if (slug === undefined) return;
    this.confirmingClose.set(false);
    this.closing.set(true);
    try {
      await this.api.update(slug, { closesAt: new Date().toISOString() });
      this.closeMessage.set({ kind: 'success', text: this.i18n.t('report.admin.closed') });
      this.adminList.reload();
    } catch (error) {
      this.closeMessage.set({ kind: 'error', text: this.i18n.describeError(error) });
    } finally {
      this.closing.set(false);
    }
    afterNextRender(() => this.document.getElementById('close-status')?.focus(), { injector: this.injector });
  }

  protected recordImport(result: ImportDocumentResultDto): void {
    this.importedVersion.set(result.version.number);
  }
}
