import { Injectable, computed, inject, signal } from '@angular/core';
import {
  BulkAction,
  BulkDecisionItemResultDto,
  CLAIM_BATCH_MAX,
  ClaimDto,
  ClaimFilter,
  CommentState,
  ConsultationDetailDto,
  ModerationItemDetailDto,
  ModerationItemType,
  ModerationQueueItemDto,
  RedactRequest,
  RejectRequest,
  RejectionReason,
} from '@consulta/shared/contracts';
import { ItemRef, ModerationApi } from './moderation-api';
import { DEFAULT_QUEUE_FILTERS, QueueFilters, toQueueQuery } from './queue-filters';

/** One key per item across types (a comment and a reply never share a key). */
export function itemKey(item: ItemRef): string {
  return `${item.type}:${item.id}`;
}

/** True when someone else holds the item and the claim has not run out. */
export function isTakenByOther(claim: ClaimDto | null, now: number = Date.now()): boolean {
  return claim !== null && !claim.mine && Date.parse(claim.expiresAt) > now;
}

/** The outcome of a decision on one item: null when it went through, else the error (already rolled back). */
export type DecisionOutcome = { ok: true } | { ok: false; error: unknown };

export interface BulkOutcome {
  succeeded: number;
  /** Items the server refused, each with its code (they were rolled back). */
  failed: BulkDecisionItemResultDto[];
  /** A request that failed as a whole (nothing of that request was applied). */
  error: unknown;
}

export interface DetailState {
  detail: ModerationItemDetailDto | null;
  loading: boolean;
  failed: boolean;
}

const NO_DETAIL: DetailState = { detail: null, loading: false, failed: false };
/** Details (flag offsets, reports, redactions) fetched at once per page: only flagged or reported items, a few at a time. */
const DETAIL_CONCURRENCY = 3;

/**
 * The staff moderation queue: filters, keyset "load more", selection for bulk actions, claims, and decisions
 * shown at once (optimistic) and rolled back when the server refuses them. Decided items stay in the list with
 * their new state, so the list does not jump under the moderator's focus. Provide it in the queue page.
 */
@Injectable()
export class ModerationQueueStore {
  private readonly api = inject(ModerationApi);
  /** Answers to an older request (before a filter change) are dropped. */
  private generation = 0;

  private readonly currentFilters = signal<QueueFilters>(DEFAULT_QUEUE_FILTERS);
  private readonly itemList = signal<ModerationQueueItemDto[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly loadingState = signal<'idle' | 'loading' | 'more'>('idle');
  private readonly failure = signal<unknown>(null);
  private readonly selectedKeys = signal<ReadonlySet<string>>(new Set());
  private readonly details = signal<Readonly<Record<string, DetailState>>>({});
  private readonly busyKeys = signal<ReadonlySet<string>>(new Set());
  /** Consultation documents by slug (null: could not be read), to name sections and paragraphs. */
  private readonly documents = signal<Readonly<Record<string, ConsultationDetailDto | null>>>({});
  private readonly documentRequests = new Set<string>();

  readonly filters = this.currentFilters.asReadonly();
  readonly items = this.itemList.asReadonly();
  readonly hasMore = computed(() => this.cursor() !== null);
  readonly loading = computed(() => this.loadingState() === 'loading');
  readonly loadingMore = computed(() => this.loadingState() === 'more');
  readonly error = this.failure.asReadonly();
  readonly loaded = signal(false);
  readonly selection = this.selectedKeys.asReadonly();
  readonly selectedItems = computed(() => this.itemList().filter((item) => this.selectedKeys().has(itemKey(item))));

  /** Applies new filters and reads the first page again. */
  search(filters: QueueFilters): Promise<void> {
    this.currentFilters.set({ ...filters });
    return this.reload();
  }

  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.itemList.set([]);
    this.cursor.set(null);
    this.selectedKeys.set(new Set());
    this.details.set({});
    this.loadingState.set('loading');
    this.failure.set(null);
    try {
      const page = await this.api.queue(toQueueQuery(this.currentFilters()));
      if (generation !== this.generation) return;
      this.itemList.set(page.items);
      this.cursor.set(page.nextCursor);
      this.loaded.set(true);
      this.readConsultations(page.items);
      void this.prefetchDetails(page.items, generation);
    } catch (error) {
      if (generation === this.generation) this.failure.set(error);
    } finally {
      if (generation === this.generation) this.loadingState.set('idle');
    }
  }

  /** Appends the next page (keyset cursor); items already listed are not repeated. */
  async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingState() !== 'idle') return;
    const generation = this.generation;
    this.loadingState.set('more');
    this.failure.set(null);
    try {
      const page = await this.api.queue(toQueueQuery(this.currentFilters(), cursor));
      if (generation !== this.generation) return;
      const known = new Set(this.itemList().map(itemKey));
      const fresh = page.items.filter((item) => !known.has(itemKey(item)));
      this.itemList.update((list) => [...list, ...fresh]);
      this.cursor.set(page.nextCursor);
      this.readConsultations(fresh);
      void this.prefetchDetails(fresh, generation);
    } catch (error) {
      if (generation === this.generation) this.failure.set(error);
    } finally {
      if (generation === this.generation) this.loadingState.set('idle');
    }
  }

  find(key: string): ModerationQueueItemDto | undefined {
    return this.itemList().find((item) => itemKey(item) === key);
  }

  isBusy(item: ItemRef): boolean {
    return this.busyKeys().has(itemKey(item));
  }

  /** The consultation's detail once read (undefined until then, null when it could not be read). */
  consultation(slug: string): ConsultationDetailDto | null | undefined {
    return this.documents()[slug];
  }

  /** Reads a consultation's document once per page life. */
  async ensureConsultation(slug: string): Promise<void> {
    if (!slug || this.documentRequests.has(slug)) return;
    this.documentRequests.add(slug);
    let detail: ConsultationDetailDto | null = null;
    try {
      detail = await this.api.consultation(slug);
    } catch {
      detail = null;
    }
    this.documents.update((all) => ({ ...all, [slug]: detail }));
  }

  // Selection (bulk actions).

  isSelected(item: ItemRef): boolean {
    return this.selectedKeys().has(itemKey(item));
  }

  toggleSelected(item: ItemRef, selected = !this.isSelected(item)): void {
    const key = itemKey(item);
    this.selectedKeys.update((keys) => {
      const next = new Set(keys);
      if (selected) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  clearSelection(): void {
    this.selectedKeys.set(new Set());
  }

  // Details: flags with offsets, reports, revisions, redactions.

  detailState(item: ItemRef): DetailState {
    return this.details()[itemKey(item)] ?? NO_DETAIL;
  }

  async loadDetail(item: ItemRef, force = false): Promise<void> {
    const key = itemKey(item);
    const state = this.details()[key];
    if (state?.loading || (state?.detail && !force)) return;
    const generation = this.generation;
    this.setDetail(key, { detail: state?.detail ?? null, loading: true, failed: false });
    try {
      const detail = await this.api.detail(item);
      if (generation !== this.generation) return;
      this.setDetail(key, { detail, loading: false, failed: false });
    } catch {
      if (generation === this.generation) this.setDetail(key, { detail: state?.detail ?? null, loading: false, failed: true });
    }
  }

  // Claims.

  /** Takes the next `count` pending, unclaimed items (oldest first), then shows the moderator's own claims. */
  async claimBatch(count: number): Promise<number> {
    const filters = this.currentFilters();
    const claimed = await this.api.claimBatch({
      count: Math.min(Math.max(1, Math.trunc(count)), CLAIM_BATCH_MAX),
      ...(filters.consultation ? { consultation: filters.consultation } : {}),
      ...(filters.type ? { type: filters.type } : {}),
    });
    this.currentFilters.set({ ...DEFAULT_QUEUE_FILTERS, consultation: filters.consultation, type: filters.type, claim: ClaimFilter.Mine });
    await this.reload();
    return claimed.items.length;
  }

  async claim(item: ItemRef): Promise<DecisionOutcome> {
    return this.run(item, () => this.api.claim(item));
  }

  async release(item: ItemRef): Promise<DecisionOutcome> {
    return this.run(item, () => this.api.release(item));
  }

  // Decisions: shown at once, confirmed or rolled back.

  approve(item: ItemRef): Promise<DecisionOutcome> {
    return this.decide(item, { state: CommentState.Published, rejection: null }, () => this.api.decide(item, 'approve'));
  }

  reject(item: ItemRef, request: RejectRequest): Promise<DecisionOutcome> {
    const rejection = { reason: request.reason, note: request.note ?? null };
    return this.decide(item, { state: CommentState.Rejected, rejection }, () => this.api.reject(item, request));
  }

  hide(item: ItemRef, request: RejectRequest): Promise<DecisionOutcome> {
    const rejection = { reason: request.reason, note: request.note ?? null };
    return this.decide(item, { state: CommentState.Hidden, rejection }, () => this.api.hide(item, request));
  }

  restore(item: ItemRef): Promise<DecisionOutcome> {
    return this.decide(item, { state: CommentState.Published, rejection: null }, () => this.api.decide(item, 'restore'));
  }

  /** Redaction changes the text on the server: the list shows the server's answer, nothing is guessed. */
  async redact(item: ItemRef, request: RedactRequest): Promise<DecisionOutcome> {
    const outcome = await this.run(item, () => this.api.redact(item, request));
    // The flags' offsets referred to the old text: read the detail again.
    if (outcome.ok && this.detailState(item).detail) await this.loadDetail(item, true);
    return outcome;
  }

  /**
   * Approves or rejects the selected items together: shown at once; one request per item type; the items the
   * server refused (or a request that failed as a whole) are rolled back and reported.
   */
  async bulk(action: BulkAction, rejection?: RejectRequest): Promise<BulkOutcome> {
    const chosen = this.selectedItems();
    const outcome: BulkOutcome = { succeeded: 0, failed: [], error: null };
    if (chosen.length === 0) return outcome;
    const previous = new Map(chosen.map((item) => [itemKey(item), item]));
    const patch: Partial<ModerationQueueItemDto> =
      action === BulkAction.Approve
        ? { state: CommentState.Published, rejection: null }
        : {
            state: CommentState.Rejected,
            rejection: { reason: rejection?.reason ?? RejectionReason.Other, note: rejection?.note ?? null },
          };
    for (const item of chosen) this.patchItem(itemKey(item), patch);
    this.clearSelection();

    const byType = new Map<ModerationItemType, string[]>();
    for (const item of chosen) byType.set(item.type, [...(byType.get(item.type) ?? []), item.id]);
    for (const [type, ids] of byType) {
      try {
        const result = await this.api.bulk({
          type,
          action,
          ids,
          ...(action === BulkAction.Reject && rejection ? { reason: rejection.reason } : {}),
          ...(action === BulkAction.Reject && rejection?.note ? { note: rejection.note } : {}),
        });
        outcome.succeeded += result.succeeded;
        for (const failed of result.results.filter((r) => !r.ok)) {
          const key = itemKey({ type, id: failed.id });
          const before = previous.get(key);
          if (before) this.replaceItem(key, before);
          outcome.failed.push(failed);
        }
      } catch (error) {
        for (const id of ids) {
          const key = itemKey({ type, id });
          const before = previous.get(key);
          if (before) this.replaceItem(key, before);
        }
        outcome.error = error;
      }
    }
    return outcome;
  }

  private async decide(
    item: ItemRef,
    patch: Partial<ModerationQueueItemDto>,
    request: () => Promise<ModerationQueueItemDto>,
  ): Promise<DecisionOutcome> {
    const key = itemKey(item);
    const before = this.find(key);
    if (!before) return { ok: false, error: new Error(`No queue item ${key}`) };
    this.patchItem(key, patch);
    const outcome = await this.run(item, request);
    if (!outcome.ok) this.replaceItem(key, before);
    return outcome;
  }

  /** Sends one request for an item, marks it busy meanwhile and puts the server's answer in the list. */
  private async run(item: ItemRef, request: () => Promise<ModerationQueueItemDto | ModerationItemDetailDto>): Promise<DecisionOutcome> {
    const key = itemKey(item);
    this.busyKeys.update((keys) => new Set(keys).add(key));
    try {
      const updated = await request();
      this.replaceItem(key, updated);
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    } finally {
      this.busyKeys.update((keys) => {
        const next = new Set(keys);
        next.delete(key);
        return next;
      });
    }
  }

  private readConsultations(items: ModerationQueueItemDto[]): void {
    for (const slug of new Set(items.map((item) => item.consultationSlug))) void this.ensureConsultation(slug);
  }

  private async prefetchDetails(items: ModerationQueueItemDto[], generation: number): Promise<void> {
    const wanted = items.filter((item) => item.flagCount > 0 || item.reportCount > 0);
    const workers = Array.from({ length: DETAIL_CONCURRENCY }, async () => {
      for (let next = wanted.shift(); next && generation === this.generation; next = wanted.shift()) {
        await this.loadDetail(next);
      }
    });
    await Promise.all(workers);
  }

  private patchItem(key: string, patch: Partial<ModerationQueueItemDto>): void {
    this.itemList.update((list) => list.map((item) => (itemKey(item) === key ? { ...item, ...patch } : item)));
  }

  /** Puts `item` in place of the entry under `key`, keeping any newer fields of a detail answer out of the row. */
  private replaceItem(key: string, item: ModerationQueueItemDto | ModerationItemDetailDto): void {
    this.itemList.update((list) => list.map((entry) => (itemKey(entry) === key ? toQueueItem(item) : entry)));
    if ('flags' in item) {
      this.setDetail(key, { detail: item, loading: false, failed: false });
      return;
    }
    const detail = this.details()[key]?.detail;
    if (detail) this.setDetail(key, { detail: { ...detail, ...item }, loading: false, failed: false });
  }

  private setDetail(key: string, state: DetailState): void {
    this.details.update((all) => ({ ...all, [key]: state }));
  }
}

/** A queue row from a row or a detail answer (a detail carries more than the row needs). */
function toQueueItem(item: ModerationQueueItemDto | ModerationItemDetailDto): ModerationQueueItemDto {
  if (!('flags' in item)) return item;
  const { flags: _flags, revisions: _revisions, reports: _reports, redactions: _redactions, duplicateIds: _duplicateIds, ...row } = item;
  return row;
}
