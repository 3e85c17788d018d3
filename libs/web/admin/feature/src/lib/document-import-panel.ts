import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ImportDocumentResultDto } from '@consulta/shared/contracts';
import { ConsultationApi } from '@consulta/web/consultation/data-access';
import { I18nService, TranslatePipe, focusFirstInvalid, visibleError } from '@consulta/web/core';
import { AlertMessage, FieldError } from '@consulta/web/ui';

/** Imports a new document version from pasted Markdown or a local .md file (read in the browser). */
@Component({
  selector: 'cs-document-import-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FieldError, AlertMessage],
  templateUrl: './document-import-panel.html',
})
export class DocumentImportPanel {
  readonly slug = input.required<string>();
  readonly imported = output<ImportDocumentResultDto>();

  private readonly i18n = inject(I18nService);
  private readonly api = inject(ConsultationApi);

  protected readonly form = inject(NonNullableFormBuilder).group({
    markdown: ['', Validators.required],
    changeNote: [''],
  });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly result = signal<ImportDocumentResultDto | null>(null);
  protected readonly fileError = signal(false);
  private readonly failure = signal<unknown>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? this.i18n.describeError(failure) : null;
  });
  protected readonly failureDetails = computed(() => this.i18n.describeErrorDetails(this.failure()));

  protected markdownError(): string | null {
    return visibleError(this.i18n, this.form.controls.markdown, this.submitted());
  }

  protected async readMarkdownFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.fileError.set(false);
    if (!file) {
      return;
    }
    try {
      this.form.controls.markdown.setValue(await file.text());
      this.form.controls.markdown.markAsDirty();
    } catch {
      this.fileError.set(true);
    }
  }

  protected async importVersion(formElement: HTMLFormElement): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    this.result.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(formElement, this.form);
      return;
    }
    const { markdown, changeNote } = this.form.getRawValue();
    this.pending.set(true);
    try {
      const result = await this.api.importDocument(this.slug(), {
        markdown,
        changeNote: changeNote.trim() || undefined,
      });
      this.result.set(result);
      this.imported.emit(result);
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.pending.set(false);
    }
  }
}
