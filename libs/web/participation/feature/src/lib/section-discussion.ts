import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { CommentDto, CommentSort, CommentState, ConsultationDetailDto, SectionDto } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe } from '@consulta/web/core';
import { CommentAnchorRequest, DiscussionStore } from '@consulta/web/participation/data-access';
import { CommentCard } from './comment-card';
import { CommentForm } from './comment-form';
import { SORT_LABEL } from './participation-labels';

/** A section's discussion: sortable, paginated comments and the form for a new one. */
@Component({
  selector: 'cs-section-discussion',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CommentCard, CommentForm],
  providers: [DiscussionStore],
  templateUrl: './section-discussion.html',
  styleUrl: './section-discussion.css',
})
export class SectionDiscussion {
  readonly consultation = input.required<ConsultationDetailDto>();
  readonly section = input.required<SectionDto>();
  /** A "comment on this paragraph / passage" request from the reading view. */
  readonly request = input<CommentAnchorRequest | null>(null);
  /** A deep-linked comment to show and focus. */
  readonly focusComment = input<string | null>(null);
  readonly closed = output();

  protected readonly store = inject(DiscussionStore);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly sorts = Object.values(CommentSort);
  protected readonly sortLabel = SORT_LABEL;
  protected readonly formOpen = signal(false);
  protected readonly announcement = signal('');
  protected readonly headingId = computed(() => `d-${this.section().key}-heading`);
  protected readonly shown = computed(() => this.store.comments().filter((c) => c.state === CommentState.Published).length);
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    effect(() => {
      const slug = this.consultation().slug;
      const key = this.section().key;
      untracked(() => void this.store.open(slug, key));
    });
    effect(() => {
      if (this.request()) this.formOpen.set(true);
    });
    effect(() => {
      const id = this.focusComment();
      if (id && this.store.loaded()) {
        untracked(() => void this.revealComment(id));
      }
    });
    afterNextRender(() => {
      if (!this.request() && !this.focusComment()) this.heading()?.nativeElement.focus();
    });
  }

  protected changeSort(event: Event): void {
    void this.store.setSort((event.target as HTMLSelectElement).value as CommentSort);
  }

  /** The next page; focus then moves to its first comment (the button may be gone: it was the last page). */
  protected async loadMore(): Promise<void> {
    if (this.store.loadingMore()) return;
    const shownBefore = this.store.comments().length;
    await this.store.loadMore();
    const first = this.store.comments()[shownBefore];
    if (first) this.focusById(`c-${first.id}`);
  }

  protected openForm(): void {
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    this.formOpen.set(false);
  }

  protected close(): void {
    this.closed.emit();
  }

  protected commentCreated(comment: CommentDto): void {
    this.formOpen.set(false);
    this.announcement.set(
      this.i18n.t(comment.state === CommentState.Published ? 'participation.form.published' : 'participation.form.pending'),
    );
    this.focusById(`c-${comment.id}`);
  }

  private async revealComment(id: string): Promise<void> {
    const comment = await this.store.include(id);
    if (comment) this.focusById(`c-${comment.id}`);
  }

  /** Focuses a comment once it is rendered (the list may need a render or two after the data arrives). */
  private focusById(id: string): void {
    afterNextRender(() => this.focusWhenPresent(id, 10), { injector: this.injector });
  }

  private focusWhenPresent(id: string, attempts: number): void {
    const element = this.document.getElementById(id);
    if (!element) {
      if (attempts > 1) setTimeout(() => this.focusWhenPresent(id, attempts - 1), 50);
      return;
    }
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }
}
