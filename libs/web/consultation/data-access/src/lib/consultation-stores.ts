import { HttpResourceRef } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { ConsultationSummaryDto, ErrorCode } from '@consulta/shared/contracts';
import { toApiError } from '@consulta/web/core';
import { ConsultationApi } from './consultation-api';
import { groupConsultationsByStatus } from './consultation-groups';
import { toDocumentBlocks } from './document-blocks';

/** A resource's value, or a fallback while it loads or after it failed (value() throws on error). */
function valueOr<T, F>(resource: HttpResourceRef<T>, fallback: F): NonNullable<T> | F {
  return resource.hasValue() ? (resource.value() ?? fallback) : fallback;
}

/** The public list, grouped for the home page. Provide it in the page component. */
@Injectable()
export class ConsultationListStore {
  private readonly list = inject(ConsultationApi).publicListResource();

  readonly loading = this.list.isLoading;
  readonly failed = computed(() => this.list.status() === 'error');
  readonly groups = computed(() => groupConsultationsByStatus(valueOr(this.list, [] as ConsultationSummaryDto[])));

  reload(): void {
    this.list.reload();
  }
}

/** One consultation with its current document and version history. Provide it in the page component. */
@Injectable()
export class ConsultationPageStore {
  private readonly api = inject(ConsultationApi);
  private readonly currentSlug = signal<string | undefined>(undefined);
  private readonly detail = this.api.detailResource(this.currentSlug);
  private readonly versionList = this.api.versionsResource(this.currentSlug);

  readonly consultation = computed(() => valueOr(this.detail, null));
  readonly loading = this.detail.isLoading;
  readonly notFound = computed(() => {
    const error = this.detail.error();
    if (!error) {
      return false;
    }
    const apiError = toApiError(error);
    return apiError.status === 404 || apiError.code === ErrorCode.ConsultationNotFound;
  });
  readonly failed = computed(() => this.detail.status() === 'error' && !this.notFound());
  readonly document = computed(() => this.consultation()?.document ?? null);
  /** Sections in order, each with its paragraphs grouped into blocks for rendering. */
  readonly sections = computed(() =>
    [...(this.document()?.sections ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((section) => ({ ...section, blocks: toDocumentBlocks(section.paragraphs) })),
  );
  readonly versions = computed(() => [...valueOr(this.versionList, [])].sort((a, b) => b.number - a.number));

  load(slug: string): void {
    this.currentSlug.set(slug);
  }

  reload(): void {
    this.detail.reload();
    this.versionList.reload();
  }
}
