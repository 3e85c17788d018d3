import { Injectable, computed, inject, signal } from '@angular/core';
import {
  AgreementDto,
  CommentDto,
  CommentSort,
  CommentState,
  CreateCommentRequest,
  CreateReplyRequest,
  ReplyDto,
} from '@consulta/shared/contracts';
import { CommentCountsStore } from './comment-counts-store';
import { AgreementTarget, ParticipationApi } from './participation-api';
import { ReplyView, toReplyViews } from './reply-thread';

export interface ReplyThreadState {
  items: ReplyDto[];
  nextCursor: string | null;
  total: number;
  loading: boolean;
  failed: boolean;
}

const EMPTY_THREAD: ReplyThreadState = { items: [], nextCursor: null, total: 0, loading: false, failed: false };

/**
 * One section's discussion: the comment list (sorted, keyset-paginated), its replies and "I agree" marks.
 * Provide it in the discussion panel; it keeps the page's CommentCountsStore (if any) in step.
 */
@Injectable()
export class DiscussionStore {
  private readonly api = inject(ParticipationApi);
  private readonly counts = inject(CommentCountsStore, { optional: true });
  private slug = '';
  private sectionKey = '';
  /** Answers to an older request (before a sort change) are dropped. */
  private generation = 0;

  private readonly commentList = signal<CommentDto[]>([]);
  private readonly cursor = signal<string | null>(null);
  private readonly publishedTotal = signal(0);
  private readonly currentSort = signal<CommentSort>(CommentSort.Newest);
  private readonly loadingState = signal<'idle' | 'loading' | 'more'>('idle');
  private readonly failure = signal<unknown>(null);
  private readonly threadStates = signal<Readonly<Record<string, ReplyThreadState>>>({});

  readonly comments = this.commentList.asReadonly();
  readonly sort = this.currentSort.asReadonly();
  readonly total = this.publishedTotal.asReadonly();
  readonly hasMore = computed(() => this.cursor() !== null);
  readonly loading = computed(() => this.loadingState() === 'loading');
  readonly loadingMore = computed(() => this.loadingState() === 'more');
  readonly error = this.failure.asReadonly();
  readonly loaded = signal(false);

  /** Starts (or restarts) the list of one section. */
  open(slug: string, sectionKey: string): Promise<void> {
    this.slug = slug;
    this.sectionKey = sectionKey;
    return this.reload();
  }

  setSort(sort: CommentSort): Promise<void> {
    this.currentSort.set(sort);
    return this.reload();
  }

  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.commentList.set([]);
    this.cursor.set(null);
    this.loadingState.set('loading');
    this.failure.set(null);
    try {
      const page = await this.api.listComments(this.slug, { section: this.sectionKey, sort: this.currentSort() });
      if (generation !== this.generation) return;
      this.commentList.set(page.items);
      this.cursor.set(page.nextCursor);
      this.publishedTotal.set(page.total);
      this.loaded.set(true);
    } catch (error) {
      if (generation === this.generation) this.failure.set(error);
    } finally {
      if (generation === this.generation) this.loadingState.set('idle');
    }
  }

  async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingState() !== 'idle') return;
    const generation = this.generation;
    this.loadingState.set('more');
    this.failure.set(null);
    try {
      const page = await this.api.listComments(this.slug, { section: this.sectionKey, sort: this.currentSort(), cursor });
      if (generation !== this.generation) return;
      const known = new Set(this.commentList().map((c) => c.id));
      this.commentList.update((list) => [...list, ...page.items.filter((c) => !known.has(c.id))]);
      this.cursor.set(page.nextCursor);
      this.publishedTotal.set(page.total);
    } catch (error) {
      if (generation === this.generation) this.failure.set(error);
    } finally {
      if (generation === this.generation) this.loadingState.set('idle');
    }
  }

  /** Sends a new comment; on success it leads the list and the counts follow. Errors propagate to the form. */
  async create(request: CreateCommentRequest, idempotencyKey: string): Promise<CommentDto> {
    const comment = await this.api.createComment(this.slug, request, idempotencyKey);
    if (!this.commentList().some((c) => c.id === comment.id)) {
      this.commentList.update((list) => [comment, ...list]);
      if (comment.state === CommentState.Published) {
        this.publishedTotal.update((n) => n + 1);
        this.counts?.adjust(comment, 1);
      }
    }
    return comment;
  }

  /** Makes sure a deep-linked comment is in the list (it may be beyond the first page). */
  async include(commentId: string): Promise<CommentDto | null> {
    const present = this.commentList().find((c) => c.id === commentId);
    if (present) return present;
    try {
      const comment = await this.api.comment(commentId);
      if (comment.sectionKey !== this.sectionKey) return null;
      if (!this.commentList().some((c) => c.id === comment.id)) {
        this.commentList.update((list) => [comment, ...list]);
      }
      return comment;
    } catch {
      return null;
    }
  }

  async withdraw(commentId: string): Promise<void> {
    const before = this.commentList().find((c) => c.id === commentId);
    const updated = await this.api.withdrawComment(commentId);
    this.commentList.update((list) => list.filter((c) => c.id !== commentId));
    if (before?.state === CommentState.Published) {
      this.publishedTotal.update((n) => Math.max(0, n - 1));
      this.counts?.adjust({ ...updated, state: CommentState.Published }, -1);
    }
  }

  /**
   * "I agree" on a comment: shown at once, confirmed by the server, rolled back when the request fails.
   * Returns the error (already rolled back) so the caller can announce it.
   */
  async toggleAgreement(commentId: string): Promise<unknown> {
    const comment = this.commentList().find((c) => c.id === commentId);
    if (!comment) return null;
    const previous: AgreementDto = { agreeCount: comment.agreeCount, agreedByMe: comment.agreedByMe };
    const wanted = !previous.agreedByMe;
    this.patchComment(commentId, { agreedByMe: wanted, agreeCount: Math.max(0, previous.agreeCount + (wanted ? 1 : -1)) });
    return this.confirmAgreement('comment', commentId, wanted, previous);
  }

  async toggleReplyAgreement(commentId: string, replyId: string): Promise<unknown> {
    const reply = this.thread(commentId).items.find((r) => r.id === replyId);
    if (!reply) return null;
    const previous: AgreementDto = { agreeCount: reply.agreeCount, agreedByMe: reply.agreedByMe };
    const wanted = !previous.agreedByMe;
    this.patchReply(commentId, replyId, { agreedByMe: wanted, agreeCount: Math.max(0, previous.agreeCount + (wanted ? 1 : -1)) });
    try {
      this.patchReply(commentId, replyId, await this.api.setAgreement('reply', replyId, wanted));
      return null;
    } catch (error) {
      this.patchReply(commentId, replyId, previous);
      return error;
    }
  }

  thread(commentId: string): ReplyThreadState {
    return this.threadStates()[commentId] ?? EMPTY_THREAD;
  }

  threadViews(commentId: string): ReplyView[] {
    return toReplyViews(this.thread(commentId).items);
  }

  async loadReplies(commentId: string, more = false): Promise<void> {
    const state = this.thread(commentId);
    if (state.loading || (more && !state.nextCursor)) return;
    this.setThread(commentId, { ...state, loading: true, failed: false });
    try {
      const page = await this.api.replies(commentId, more ? state.nextCursor : null);
      const items = more ? [...state.items, ...page.items] : page.items;
      this.setThread(commentId, { items, nextCursor: page.nextCursor, total: page.total, loading: false, failed: false });
    } catch {
      this.setThread(commentId, { ...this.thread(commentId), loading: false, failed: true });
    }
  }

  /** Sends a reply; the thread is re-read so that it lands in its place in the display order. */
  async reply(commentId: string, request: CreateReplyRequest, idempotencyKey: string): Promise<ReplyDto> {
    const reply = await this.api.createReply(commentId, request, idempotencyKey);
    if (reply.state === CommentState.Published) {
      this.patchComment(commentId, { replyCount: (this.commentList().find((c) => c.id === commentId)?.replyCount ?? 0) + 1 });
    }
    await this.loadReplies(commentId);
    if (!this.thread(commentId).items.some((r) => r.id === reply.id)) {
      const state = this.thread(commentId);
      this.setThread(commentId, { ...state, items: [...state.items, reply] });
    }
    return reply;
  }

  private async confirmAgreement(target: AgreementTarget, id: string, wanted: boolean, previous: AgreementDto): Promise<unknown> {
    try {
      this.patchComment(id, await this.api.setAgreement(target, id, wanted));
      return null;
    } catch (error) {
      this.patchComment(id, previous);
      return error;
    }
  }

  private patchComment(id: string, patch: Partial<CommentDto>): void {
    this.commentList.update((list) => list.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  }

  private patchReply(commentId: string, replyId: string, patch: Partial<ReplyDto>): void {
    const state = this.thread(commentId);
    this.setThread(commentId, { ...state, items: state.items.map((r) => (r.id === replyId ? { ...r, ...patch } : r)) });
  }

  private setThread(commentId: string, state: ReplyThreadState): void {
    this.threadStates.update((all) => ({ ...all, [commentId]: state }));
  }
}
