import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { DocumentVersionSummaryDto, ErrorCode } from '@consulta/shared/contracts';
import { DocumentDiffApi } from '@consulta/web/consultation/data-access';
import { CityDatePipe, I18nService, TranslatePipe } from '@consulta/web/core';
import { DocumentDiffView } from './document-diff-view';

let nextId = 0;

/**
 * "Compare versions" on the consultation page: a disclosure with two version selects (earlier, later; by default the
 * two newest) and the diff between them. Loads nothing until opened; the result is announced in a live region.
 */
@Component({
  selector: 'cs-document-compare',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CityDatePipe, DocumentDiffView],
  // Placed inside the Polish document text: the controls speak the interface language.
  host: { '[attr.lang]': 'uiLanguage()' },
  templateUrl: './document-compare.html',
  styleUrl: './document-compare.css',
})
export class DocumentCompare {
  readonly slug = input.required<string>();
  /** The document's versions, in any order. */
  readonly versions = input.required<readonly DocumentVersionSummaryDto[]>();

  private readonly i18n = inject(I18nService);
  protected readonly uiLanguage = this.i18n.language;
  protected readonly id = `cs-compare-${++nextId}`;
  protected readonly rangeError = computed(() => this.i18n.errorMessage(ErrorCode.DocumentDiffRangeInvalid));
  protected readonly open = signal(false);

  /** Oldest first, as people read a history. */
  protected readonly ordered = computed(() => [...this.versions()].sort((a, b) => a.number - b.number));
  protected readonly from = linkedSignal(() => {
    const ordered = this.ordered();
    return ordered.length > 1 ? ordered[ordered.length - 2].number : (ordered[0]?.number ?? 1);
  });
  protected readonly to = linkedSignal(() => this.ordered().at(-1)?.number ?? 1);
  protected readonly rangeInvalid = computed(() => this.from() > this.to());

  private readonly range = computed(() =>
    this.open() && !this.rangeInvalid() ? { slug: this.slug(), from: this.from(), to: this.to() } : undefined,
  );
  private readonly result = inject(DocumentDiffApi).diffResource(this.range);

  protected readonly loading = this.result.isLoading;
  protected readonly failed = computed(() => this.result.status() === 'error');
  protected readonly diff = computed(() => (this.result.hasValue() ? this.result.value() : null));
  /** What the live region says: loading, failure, or how many paragraphs changed. */
  protected readonly status = computed(() => {
    if (!this.open() || this.rangeInvalid()) {
      return '';
    }
    if (this.loading()) {
      return this.i18n.t('diff.loading');
    }
    if (this.failed()) {
      return this.i18n.t('diff.loadError');
    }
    const diff = this.diff();
    return diff ? this.i18n.t('diff.resultCount', { count: diff.changes.length }) : '';
  });

  protected trackOpen(event: Event): void {
    this.open.set((event.target as HTMLDetailsElement).open);
  }

  protected selectFrom(event: Event): void {
    this.from.set(Number((event.target as HTMLSelectElement).value));
  }

  protected selectTo(event: Event): void {
    this.to.set(Number((event.target as HTMLSelectElement).value));
  }

  protected retry(): void {
    this.result.reload();
  }
}
