import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  BulkAction,
  CLAIM_BATCH_MAX,
  CommentState,
  DEFAULT_CLAIM_MINUTES,
  ModerationItemType,
  ModerationQueueItemDto,
  ModerationQueueSort,
  RedactRequest,
  Stance,
} from '@consulta/shared/contracts';
import { ConsultationApi } from '@consulta/web/consultation/data-access';
import { I18nService, TranslatePipe } from '@consulta/web/core';
import {
  DEFAULT_QUEUE_FILTERS,
  DecisionOutcome,
  ModerationQueueStore,
  isTakenByOther,
  itemKey,
} from '@consulta/web/moderation/data-access';
import { COMMENT_STATE_LABEL, STANCE_LABEL } from '@consulta/web/participation/feature';
import { AlertMessage } from '@consulta/web/ui';
import { DecisionDialog } from './decision-dialog';
import { FLAG_REASON_LABEL, ITEM_TYPE_LABEL, QUEUE_FLAG_REASONS, QUEUE_SORT_LABEL, QUEUE_STATES } from './moderation-labels';
import { QueueItem, QueueItemCommand } from './queue-item';
import { QUEUE_SHORTCUTS, QueueCommand, queueCommandFor } from './queue-shortcuts';
import { ShortcutPreference } from './shortcut-preference';

/**
 * /moderation: the staff queue. Filters, claims, bulk actions and the list of items, worked with the mouse,
 * with Tab, or with single-key shortcuts while focus is in the list (see queue-shortcuts.ts). Decisions are
 * announced in a polite live region and focus moves on to the next item waiting for a decision.
 */
@Component({
  selector: 'cs-moderation-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, AlertMessage, QueueItem, DecisionDialog],
  providers: [ModerationQueueStore],
  templateUrl: './moderation-queue-page.html',
  styleUrl: './moderation-queue-page.css',
})
export class ModerationQueuePage {
  protected readonly store = inject(ModerationQueueStore);
  protected readonly shortcuts = inject(ShortcutPreference);
  private readonly i18n = inject(I18nService);
  private readonly consultationList = inject(ConsultationApi).adminListResource();
  private readonly dialog = viewChild.required(DecisionDialog);
  private readonly list = viewChild<ElementRef<HTMLElement>>('list');

  protected readonly shortcutList = QUEUE_SHORTCUTS;
  protected readonly states = QUEUE_STATES;
  protected readonly stateLabel = COMMENT_STATE_LABEL;
  protected readonly types = Object.values(ModerationItemType);
  protected readonly typeLabel = ITEM_TYPE_LABEL;
  protected readonly stances = Object.values(Stance);
  protected readonly stanceLabel = STANCE_LABEL;
  protected readonly flagReasons = QUEUE_FLAG_REASONS;
  protected readonly flagLabel = FLAG_REASON_LABEL;
  protected readonly sorts = Object.values(ModerationQueueSort);
  protected readonly sortLabel = QUEUE_SORT_LABEL;
  protected readonly claimMax = CLAIM_BATCH_MAX;
  protected readonly claimMinutes = DEFAULT_CLAIM_MINUTES;

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly filterForm = this.formBuilder.group({ ...DEFAULT_QUEUE_FILTERS });
  protected readonly claimCount = this.formBuilder.control(10);

  protected readonly consultations = computed(() => (this.consultationList.hasValue() ? this.consultationList.value() : []));
  private readonly chosenConsultation = toSignal(this.filterForm.controls.consultation.valueChanges, { initialValue: '' });
  protected readonly chosenDocument = computed(() => {
    const slug = this.chosenConsultation();
    return slug ? (this.store.consultation(slug) ?? null) : null;
  });
  protected readonly sections = computed(() => this.chosenDocument()?.document?.sections ?? []);
  protected readonly areas = computed(() => this.chosenDocument()?.areas ?? []);

  /** The list's single Tab stop (roving tabindex): the item focus was last in, else the first. */
  private readonly focusedKey = signal<string | null>(null);
  protected readonly currentKey = computed(() => {
    const key = this.focusedKey();
    const items = this.store.items();
    return key && items.some((item) => itemKey(item) === key) ? key : items.length > 0 ? itemKey(items[0]) : null;
  });
  protected readonly announcement = signal('');
  protected readonly failureMessage = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });
  protected readonly selectedCount = computed(() => this.store.selectedItems().length);
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    void this.store.reload();
    effect(() => {
      const slug = this.chosenConsultation();
      if (slug) void this.store.ensureConsultation(slug);
    });
  }

  protected key(item: ModerationQueueItemDto): string {
    return itemKey(item);
  }

  protected showQueue(): Promise<void> {
    const value = this.filterForm.getRawValue();
    if (!value.consultation) {
      value.section = '';
      value.area = '';
    }
    return this.store.search(value);
  }

  protected resetFilters(): Promise<void> {
    this.filterForm.reset({ ...DEFAULT_QUEUE_FILTERS });
    return this.store.search(DEFAULT_QUEUE_FILTERS);
  }

  protected setShortcutsEnabled(event: Event): void {
    this.shortcuts.setEnabled((event.target as HTMLInputElement).checked);
  }

  protected async claimBatch(): Promise<void> {
    try {
      const count = await this.store.claimBatch(Number(this.claimCount.value) || 1);
      this.filterForm.reset({ ...this.store.filters() });
      this.announce(this.i18n.t('moderation.announce.claimed', { count }));
    } catch (error) {
      this.announceFailure(error);
    }
  }

  // Bulk actions.

  protected async bulkApprove(): Promise<void> {
    const outcome = await this.store.bulk(BulkAction.Approve);
    this.announceBulk(outcome.succeeded, outcome.failed.length, outcome.error);
  }

  protected async bulkReject(): Promise<void> {
    const count = this.selectedCount();
    const request = await this.dialog().open({
      title: this.i18n.t('moderation.dialog.rejectBulk', { count }),
      confirmLabel: this.i18n.t('moderation.dialog.confirmReject'),
    });
    if (!request) return;
    const outcome = await this.store.bulk(BulkAction.Reject, request);
    this.announceBulk(outcome.succeeded, outcome.failed.length, outcome.error);
  }

  // The list: focus, shortcuts and the items' commands.

  protected trackFocus(event: FocusEvent): void {
    const key = this.keyOf(event.target);
    if (key) {
      this.focusedKey.set(key);
      const item = this.store.find(key);
      if (item) void this.store.loadDetail(item);
    }
  }

  protected handleShortcut(event: KeyboardEvent): void {
    const command = queueCommandFor(event, this.shortcuts.enabled());
    if (!command) return;
    const key = this.keyOf(event.target) ?? this.currentKey();
    if (!key) return;
    event.preventDefault();
    void this.runShortcut(command, key);
  }

  protected runCommand(item: ModerationQueueItemDto, command: QueueItemCommand): Promise<void> {
    return this.execute(item, command);
  }

  protected setSelected(item: ModerationQueueItemDto, selected: boolean): void {
    this.store.toggleSelected(item, selected);
  }

  protected async redact(item: ModerationQueueItemDto, request: RedactRequest): Promise<void> {
    const outcome = await this.store.redact(item, request);
    this.announceOutcome(outcome, 'moderation.announce.redacted');
  }

  protected loadDetail(item: ModerationQueueItemDto): Promise<void> {
    return this.store.loadDetail(item);
  }

  private async runShortcut(command: QueueCommand, key: string): Promise<void> {
    const item = this.store.find(key);
    if (!item) return;
    switch (command) {
      case 'next':
        this.moveFocus(key, 1);
        return;
      case 'previous':
        this.moveFocus(key, -1);
        return;
      case 'select':
        if (isTakenByOther(item.claim)) this.announceTaken(item);
        else this.store.toggleSelected(item);
        return;
      case 'approve':
      case 'reject':
        if (item.state !== CommentState.Pending) {
          this.announce(this.i18n.t('moderation.announce.notPending'));
          return;
        }
        await this.execute(item, command);
        return;
    }
  }

  private async execute(item: ModerationQueueItemDto, command: QueueItemCommand): Promise<void> {
    if (isTakenByOther(item.claim)) {
      this.announceTaken(item);
      return;
    }
    const key = itemKey(item);
    switch (command) {
      case 'approve': {
        const decision = this.store.approve(item);
        this.focusNextWaiting(key);
        this.announceOutcome(await decision, 'moderation.announce.approved');
        return;
      }
      case 'reject':
      case 'hide': {
        const hide = command === 'hide';
        const request = await this.dialog().open({
          title: this.i18n.t(hide ? 'moderation.dialog.hide' : 'moderation.dialog.reject', { author: item.authorName }),
          confirmLabel: this.i18n.t(hide ? 'moderation.dialog.confirmHide' : 'moderation.dialog.confirmReject'),
        });
        if (!request) return;
        const decision = hide ? this.store.hide(item, request) : this.store.reject(item, request);
        if (hide) this.focusItem(key);
        else this.focusNextWaiting(key);
        this.announceOutcome(await decision, hide ? 'moderation.announce.hidden' : 'moderation.announce.rejected');
        return;
      }
      case 'restore':
        this.announceOutcome(await this.store.restore(item), 'moderation.announce.restored');
        return;
      case 'claim':
        this.announceOutcome(await this.store.claim(item), 'moderation.announce.claimedOne');
        return;
      case 'release':
        this.announceOutcome(await this.store.release(item), 'moderation.announce.released');
        return;
    }
  }

  /** After a decision: the next item still waiting (below, else above); the same item when none is left. */
  private focusNextWaiting(key: string): void {
    const items = this.store.items();
    const index = items.findIndex((item) => itemKey(item) === key);
    const waiting = (item: ModerationQueueItemDto) =>
      item.state === CommentState.Pending && !isTakenByOther(item.claim) && itemKey(item) !== key;
    const next = items.slice(index + 1).find(waiting) ?? items.slice(0, Math.max(index, 0)).find(waiting);
    this.focusItem(next ? itemKey(next) : key);
  }

  private moveFocus(key: string, step: 1 | -1): void {
    const items = this.store.items();
    const index = items.findIndex((item) => itemKey(item) === key);
    const target = items[index + step];
    if (target) {
      this.focusItem(itemKey(target));
    } else {
      this.focusItem(key);
      this.announce(this.i18n.t(step > 0 ? 'moderation.announce.end' : 'moderation.announce.start'));
    }
  }

  private focusItem(key: string): void {
    this.focusedKey.set(key);
    const element = this.list()?.nativeElement.querySelector<HTMLElement>(`[data-item-key="${CSS.escape(key)}"]`);
    element?.focus();
    element?.scrollIntoView?.({ block: 'nearest' });
  }

  private keyOf(target: EventTarget | null): string | null {
    if (!(target instanceof Element)) return null;
    return target.closest<HTMLElement>('[data-item-key]')?.dataset['itemKey'] ?? null;
  }

  private announceOutcome(outcome: DecisionOutcome, success: Parameters<I18nService['t']>[0]): void {
    if (outcome.ok) this.announce(this.i18n.t(success));
    else this.announceFailure(outcome.error);
  }

  private announceFailure(error: unknown): void {
    this.announce(this.i18n.t('moderation.announce.failed', { error: this.i18n.describeError(error) }));
  }

  private announceTaken(item: ModerationQueueItemDto): void {
    this.announce(this.i18n.t('moderation.announce.taken', { name: item.claim?.moderatorName ?? '' }));
  }

  private announceBulk(succeeded: number, failed: number, error: unknown): void {
    const summary = this.i18n.t('moderation.announce.bulkDone', { succeeded, failed });
    this.announce(error ? `${summary} ${this.i18n.describeError(error)}` : summary);
  }

  /** Emptied first, so that the same sentence twice in a row is announced twice. */
  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announcement.set('');
    this.announceTimer = setTimeout(() => this.announcement.set(text), 100);
  }
}
