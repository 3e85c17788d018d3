import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  CommentState,
  ConsultationDetailDto,
  DispositionProgress,
  ModerationItemType,
  FlagReason,
  ModerationQueueItemDto,
  QueueFlagReason,
  REDACTION_PLACEHOLDER,
  RedactRequest,
} from '@consulta/shared/contracts';
import { CityDatePipe, I18nService, TranslatePipe, TranslationKey } from '@consulta/web/core';
import { DetailState, isTakenByOther, itemKey } from '@consulta/web/moderation/data-access';
import {
  COMMENT_STATE_LABEL,
  REJECTION_REASON_LABEL,
  STANCE_LABEL,
  SUBMITTER_LABEL,
  authorLabel,
} from '@consulta/web/participation/feature';
import { DispositionPanel } from './disposition-panel';
import { TextSegment, highlightSegments } from './flag-highlights';
import { FLAG_REASON_LABEL, ITEM_TYPE_LABEL, REPORT_REASON_LABEL } from './moderation-labels';

/** What the moderator asked for on one item; the page carries it out (dialogs, store, announcements, focus). */
export type QueueItemCommand = 'approve' | 'reject' | 'hide' | 'restore' | 'claim' | 'release';

const EXCERPT_LENGTH = 160;

/**
 * One item of the moderation queue, as an <article>: who, where, the text as plain text with flagged passages
 * in <mark> (labelled for screen readers), flags, reports, claim, details, decisions and the redaction form.
 */
@Component({
  selector: 'cs-queue-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, TranslatePipe, CityDatePipe, DispositionPanel],
  templateUrl: './queue-item.html',
  styleUrl: './queue-item.css',
})
export class QueueItem {
  readonly item = input.required<ModerationQueueItemDto>();
  readonly detail = input.required<DetailState>();
  readonly consultation = input<ConsultationDetailDto | null | undefined>(undefined);
  readonly selected = input(false);
  readonly busy = input(false);
  /** The roving tab stop of the list: only the current item is in the Tab order. */
  readonly current = input(false);

  readonly commandRequested = output<QueueItemCommand>();
  readonly selectionChange = output<boolean>();
  readonly detailsRequested = output<void>();
  readonly redactRequested = output<RedactRequest>();

  private readonly i18n = inject(I18nService);

  protected readonly stateLabel = COMMENT_STATE_LABEL;
  protected readonly stanceLabel = STANCE_LABEL;
  protected readonly submitterLabel = SUBMITTER_LABEL;
  protected readonly rejectionLabel = REJECTION_REASON_LABEL;
  protected readonly reportLabel = REPORT_REASON_LABEL;
  protected readonly typeLabel = ITEM_TYPE_LABEL;
  protected readonly placeholder = REDACTION_PLACEHOLDER;
  protected readonly states = CommentState;

  protected readonly key = computed(() => itemKey(this.item()));
  protected readonly domId = computed(() => `mq-${this.item().type}-${this.item().id}`);
  protected readonly author = computed(() => authorLabel(this.i18n, this.item().authorName));
  protected readonly taken = computed(() => isTakenByOther(this.item().claim));
  protected readonly pending = computed(() => this.item().state === CommentState.Pending);
  protected readonly actionable = computed(() => !this.taken() && !this.busy());
  /** Published comments get the city's decision (replies and unpublished comments do not). */
  protected readonly decidable = computed(
    () => this.item().type === ModerationItemType.Comment && this.item().state === CommentState.Published,
  );
  protected readonly deciding = signal(false);
  /** The panel's latest answer, newer than the queue page's copy of the item. */
  private readonly progressOverride = signal<{ id: string; progress: DispositionProgress } | null>(null);
  protected readonly progress = computed(() => {
    const override = this.progressOverride();
    return override?.id === this.item().id ? override.progress : this.item().disposition;
  });
  protected readonly progressLabel: Record<DispositionProgress, TranslationKey> = {
    [DispositionProgress.None]: 'moderation.disposition.none',
    [DispositionProgress.Draft]: 'moderation.disposition.draft',
    [DispositionProgress.Approved]: 'moderation.disposition.approved',
  };

  protected dispositionChanged(progress: DispositionProgress): void {
    this.progressOverride.set({ id: this.item().id, progress });
  }
  protected readonly flagText = computed(() => this.reasonsText(this.item().flagReasons));
  protected readonly segments = computed<TextSegment[]>(() => highlightSegments(this.item().text, this.detail().detail?.flags ?? []));
  protected readonly section = computed(() => {
    const sections = this.consultation()?.document?.sections ?? [];
    return sections.find((s) => s.key === this.item().sectionKey) ?? null;
  });
  protected readonly paragraph = computed(() => {
    const key = this.item().paragraphKey;
    const section = this.section();
    if (!key || !section) return null;
    const ordered = [...section.paragraphs].sort((a, b) => a.position - b.position);
    const index = ordered.findIndex((p) => p.key === key);
    if (index < 0) return null;
    const text = ordered[index].text;
    return { number: index + 1, excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text };
  });
  protected readonly areaName = computed(() => {
    const key = this.item().areaKey;
    return key ? (this.consultation()?.areas.find((a) => a.key === key)?.name ?? key) : null;
  });

  protected readonly detailsShown = signal(false);
  protected readonly redacting = signal(false);
  protected readonly redactMode = signal<'ranges' | 'text'>('ranges');
  protected readonly redactRanges = signal<ReadonlySet<number>>(new Set());
  protected readonly redactText = signal('');
  protected readonly redactError = signal<string | null>(null);
  /** Passages the flagger found that redaction can replace (personal data first). */
  protected readonly redactablePassages = computed(() =>
    this.segments()
      .filter((segment) => segment.reasons.length > 0)
      .sort((a, b) => Number(b.reasons.includes(FlagReason.PersonalData)) - Number(a.reasons.includes(FlagReason.PersonalData))),
  );

  protected reasonsText(reasons: readonly QueueFlagReason[]): string {
    return reasons.map((reason) => this.i18n.t(FLAG_REASON_LABEL[reason])).join(', ');
  }

  protected toggleDetails(): void {
    const show = !this.detailsShown();
    this.detailsShown.set(show);
    if (show) this.detailsRequested.emit();
  }

  protected startRedaction(): void {
    this.detailsRequested.emit();
    const personal = new Set(
      this.redactablePassages()
        .filter((s) => s.reasons.includes(FlagReason.PersonalData))
        .map((s) => s.start),
    );
    this.redactRanges.set(personal);
    this.redactText.set(this.item().text);
    this.redactMode.set(this.redactablePassages().length > 0 ? 'ranges' : 'text');
    this.redactError.set(null);
    this.redacting.set(true);
  }

  protected toggleRange(start: number, checked: boolean): void {
    this.redactRanges.update((set) => {
      const next = new Set(set);
      if (checked) next.add(start);
      else next.delete(start);
      return next;
    });
  }

  protected submitRedaction(): void {
    if (this.redactMode() === 'ranges') {
      const ranges = this.redactablePassages()
        .filter((s) => this.redactRanges().has(s.start))
        .map((s) => ({ start: s.start, end: s.end }))
        .sort((a, b) => a.start - b.start);
      if (ranges.length === 0) {
        this.redactError.set(this.i18n.t('moderation.redactForm.nothing'));
        return;
      }
      this.redactRequested.emit({ ranges });
    } else {
      const text = this.redactText();
      if (text.trim() === '' || text === this.item().text) {
        this.redactError.set(this.i18n.t('moderation.redactForm.nothing'));
        return;
      }
      this.redactRequested.emit({ text });
    }
    this.redacting.set(false);
  }

  protected cancelRedaction(): void {
    this.redacting.set(false);
  }
}
