import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AnchorKind,
  CommentDto,
  CommentState,
  ConsultationDetailDto,
  ConsultationStatus,
  CreateReplyRequest,
  REPLY_MAX_LENGTH,
  REPLY_MIN_LENGTH,
  ReplyDto,
  SectionDto,
} from '@consulta/shared/contracts';
import { CityDatePipe, I18nService, SessionStore, TranslatePipe, applyServerValidationErrors, visibleError } from '@consulta/web/core';
import { DiscussionStore, SubmissionKey } from '@consulta/web/participation/data-access';
import { FieldError } from '@consulta/web/ui';
import {
  COMMENT_STATE_LABEL,
  DISPOSITION_DECISION_LABEL,
  REJECTION_REASON_LABEL,
  STANCE_LABEL,
  SUBMITTER_LABEL,
  authorLabel,
} from './participation-labels';

/** One comment in a section's discussion, as an <article>: context, text, agreement, threaded replies. */
@Component({
  selector: 'cs-comment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, CityDatePipe, FieldError],
  templateUrl: './comment-card.html',
  styleUrl: './comment-card.css',
})
export class CommentCard {
  readonly comment = input.required<CommentDto>();
  readonly section = input.required<SectionDto>();
  readonly consultation = input.required<ConsultationDetailDto>();

  protected readonly store = inject(DiscussionStore);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly replyKey = new SubmissionKey();

  protected readonly anchorKind = AnchorKind;
  protected readonly stanceLabel = STANCE_LABEL;
  protected readonly submitterLabel = SUBMITTER_LABEL;
  protected readonly stateLabel = COMMENT_STATE_LABEL;
  protected readonly reasonLabel = REJECTION_REASON_LABEL;
  protected readonly decisionLabel = DISPOSITION_DECISION_LABEL;
  protected readonly published = CommentState.Published;

  protected readonly headingId = computed(() => `c-${this.comment().id}-author`);
  protected readonly author = computed(() => authorLabel(this.i18n, this.comment().authorName));
  protected readonly areaName = computed(() => {
    const key = this.comment().areaKey;
    return key ? (this.consultation().areas.find((a) => a.key === key)?.name ?? key) : null;
  });
  protected readonly paragraphNumber = computed(() => {
    const key = this.comment().paragraphKey;
    const ordered = [...this.section().paragraphs].sort((a, b) => a.position - b.position);
    return ordered.findIndex((p) => p.key === key) + 1;
  });
  private readonly isOpen = computed(() => this.consultation().status === ConsultationStatus.Open);
  private readonly canParticipate = computed(() => this.isOpen() && !!this.session.user()?.emailVerified);
  /** Agreeing needs a verified account, an open consultation, a published comment, and not one's own. */
  protected readonly canAgree = computed(
    () => this.canParticipate() && !this.comment().isMine && this.comment().state === CommentState.Published,
  );
  protected readonly canReply = computed(() => this.canParticipate() && this.comment().state === CommentState.Published);
  protected readonly thread = computed(() => this.store.thread(this.comment().id));
  protected readonly replies = computed(() => this.store.threadViews(this.comment().id));
  protected readonly repliesShown = signal(false);
  protected readonly replyTarget = signal<ReplyDto | 'comment' | null>(null);
  protected readonly replySubmitted = signal(false);
  protected readonly replyPending = signal(false);
  protected readonly notice = signal<{ kind: 'success' | 'error'; message: string } | null>(null);

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly replyForm = this.formBuilder.group({
    text: ['', [Validators.required, Validators.minLength(REPLY_MIN_LENGTH), Validators.maxLength(REPLY_MAX_LENGTH)]],
    website: [''],
  });
  private readonly replyField = viewChild<ElementRef<HTMLTextAreaElement>>('replyField');

  protected replyError(): string | null {
    return visibleError(this.i18n, this.replyForm.controls.text, this.replySubmitted());
  }

  protected replyAuthor(reply: ReplyDto): string {
    return authorLabel(this.i18n, reply.authorName);
  }

  protected canAgreeWithReply(reply: ReplyDto): boolean {
    return this.canParticipate() && !reply.isMine && reply.state === CommentState.Published;
  }

  protected async toggleAgreement(): Promise<void> {
    this.notice.set(null);
    const error = await this.store.toggleAgreement(this.comment().id);
    if (error) this.notice.set({ kind: 'error', message: this.i18n.describeError(error) });
  }

  protected async toggleReplyAgreement(reply: ReplyDto): Promise<void> {
    this.notice.set(null);
    const error = await this.store.toggleReplyAgreement(this.comment().id, reply.id);
    if (error) this.notice.set({ kind: 'error', message: this.i18n.describeError(error) });
  }

  protected async toggleReplies(): Promise<void> {
    const show = !this.repliesShown();
    this.repliesShown.set(show);
    if (show && this.thread().items.length === 0) {
      await this.store.loadReplies(this.comment().id);
    }
  }

  protected loadMoreReplies(): Promise<void> {
    return this.store.loadReplies(this.comment().id, true);
  }

  protected startReply(target: ReplyDto | 'comment'): void {
    this.replyTarget.set(target);
    this.notice.set(null);
    afterNextRender(() => this.replyField()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelReply(): void {
    this.replyTarget.set(null);
    this.replyForm.reset();
    this.replySubmitted.set(false);
  }

  protected async sendReply(): Promise<void> {
    this.replySubmitted.set(true);
    this.replyForm.markAllAsTouched();
    if (this.replyForm.invalid) {
      this.replyField()?.nativeElement.focus();
      return;
    }
    const target = this.replyTarget();
    const value = this.replyForm.getRawValue();
    const request: CreateReplyRequest = { text: value.text };
    if (target && target !== 'comment') request.parentId = target.id;
    if (value.website) request.website = value.website;
    this.replyPending.set(true);
    this.notice.set(null);
    try {
      const reply = await this.store.reply(this.comment().id, request, this.replyKey.for(request));
      this.replyKey.complete();
      this.cancelReply();
      this.repliesShown.set(true);
      this.notice.set({
        kind: 'success',
        message: this.i18n.t(reply.state === CommentState.Published ? 'participation.replyPublished' : 'participation.replyPending'),
      });
    } catch (error) {
      // A 400 VALIDATION_FAILED on the text (e.g. too short once trimmed) is shown on the field itself.
      const fromServer = applyServerValidationErrors(this.replyForm, error, { parentId: null, official: null, website: null });
      if (fromServer.fields.length > 0) {
        if (!fromServer.complete) this.notice.set({ kind: 'error', message: this.i18n.describeError(error) });
        this.replyField()?.nativeElement.focus();
        return;
      }
      this.notice.set({ kind: 'error', message: this.i18n.describeError(error) });
    } finally {
      this.replyPending.set(false);
    }
  }
}
