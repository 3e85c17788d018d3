import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  BulkAction,
  ClaimFilter,
  CommentState,
  ErrorCode,
  FlagReason,
  ModerationItemType,
  ModerationQueueSort,
  RejectionReason,
} from '@consulta/shared/contracts';
import { ModerationQueueStore, isTakenByOther } from './moderation-queue-store';
import { DEFAULT_QUEUE_FILTERS } from './queue-filters';
import { aClaim, aDetail, aQueueItem } from './test-builders';

const QUEUE = '/api/moderation/queue';
const item = (id: string) => `/api/moderation/items/comment/${id}`;
const conflict = (code: ErrorCode) =>
  [
    { statusCode: 409, code, message: 'refused' },
    { status: 409, statusText: 'Conflict' },
  ] as const;

describe('ModerationQueueStore', () => {
  let store: ModerationQueueStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ModerationQueueStore] });
    store = TestBed.inject(ModerationQueueStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Answers the consultation look-ups the store makes to name sections (not what these tests check). */
  function answerConsultations(): void {
    for (const request of http.match((r) => r.url.startsWith('/api/consultations/')))
      request.flush({}, { status: 404, statusText: 'Not Found' });
  }

  async function openWith(
    items = [aQueueItem({ id: 'a' }), aQueueItem({ id: 'b' })],
    nextCursor: string | null = 'next-1',
  ): Promise<TestRequest> {
    const loading = store.reload();
    const request = http.expectOne((r) => r.url === QUEUE);
    request.flush({ items, nextCursor });
    await loading;
    answerConsultations();
    return request;
  }

  it('turns the filters into query parameters and starts again from the first page on a new search', async () => {
    await openWith();
    const searching = store.search({
      ...DEFAULT_QUEUE_FILTERS,
      consultation: 'misja-krakowa',
      flag: FlagReason.Profanity,
      claim: ClaimFilter.Mine,
      reported: 'yes',
      q: 'zrodlo',
      sort: ModerationQueueSort.MostFlags,
    });
    expect(store.items()).toEqual([]);
    const request = http.expectOne((r) => r.url === QUEUE);
    const params = request.request.params;
    expect(params.keys().sort()).toEqual(['claim', 'consultation', 'flag', 'q', 'reported', 'sort', 'state']);
    expect(params.get('state')).toBe(CommentState.Pending);
    expect(params.get('consultation')).toBe('misja-krakowa');
    expect(params.get('flag')).toBe(FlagReason.Profanity);
    expect(params.get('claim')).toBe(ClaimFilter.Mine);
    expect(params.get('reported')).toBe('true');
    expect(params.get('q')).toBe('zrodlo');
    expect(params.get('sort')).toBe(ModerationQueueSort.MostFlags);
    request.flush({ items: [aQueueItem({ id: 'z' })], nextCursor: null });
    await searching;
    answerConsultations();
    expect(store.items().map((i) => i.id)).toEqual(['z']);
    expect(store.hasMore()).toBe(false);
  });

  it('loads the next page with the keyset cursor and the same filters, without repeating items', async () => {
    await openWith();
    const more = store.loadMore();
    const request = http.expectOne((r) => r.url === QUEUE);
    expect(request.request.params.get('cursor')).toBe('next-1');
    expect(request.request.params.get('state')).toBe(CommentState.Pending);
    request.flush({ items: [aQueueItem({ id: 'b' }), aQueueItem({ id: 'c' })], nextCursor: null });
    await more;
    expect(store.items().map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(store.hasMore()).toBe(false);

    await store.loadMore();
    http.expectNone((r) => r.url === QUEUE);
  });

  it('drops a page that arrives after the filters changed', async () => {
    const first = store.reload();
    const stale = http.expectOne((r) => r.url === QUEUE);
    const second = store.search({ ...DEFAULT_QUEUE_FILTERS, state: CommentState.Published });
    const fresh = http.expectOne((r) => r.url === QUEUE && r.params.get('state') === CommentState.Published);
    fresh.flush({ items: [aQueueItem({ id: 'new', state: CommentState.Published })], nextCursor: null });
    await second;
    stale.flush({ items: [aQueueItem({ id: 'stale' })], nextCursor: 'x' });
    await first;
    answerConsultations();
    expect(store.items().map((i) => i.id)).toEqual(['new']);
    expect(store.hasMore()).toBe(false);
  });

  it('shows an approval at once and keeps the server answer', async () => {
    await openWith();
    const approving = store.approve({ type: ModerationItemType.Comment, id: 'a' });
    expect(store.items()[0].state).toBe(CommentState.Published);
    const request = http.expectOne(`${item('a')}/approve`);
    expect(request.request.method).toBe('POST');
    request.flush(aQueueItem({ id: 'a', state: CommentState.Published }));
    expect(await approving).toEqual({ ok: true });
    expect(store.items()[0].state).toBe(CommentState.Published);
  });

  it('rolls a rejection back when the server refuses it, and sends reason and note', async () => {
    await openWith();
    const rejecting = store.reject({ type: ModerationItemType.Comment, id: 'b' }, { reason: RejectionReason.Spam, note: 'Reklama.' });
    expect(store.items()[1]).toMatchObject({ state: CommentState.Rejected, rejection: { reason: RejectionReason.Spam, note: 'Reklama.' } });
    expect(store.isBusy({ type: ModerationItemType.Comment, id: 'b' })).toBe(true);
    const request = http.expectOne(`${item('b')}/reject`);
    expect(request.request.body).toEqual({ reason: RejectionReason.Spam, note: 'Reklama.' });
    request.flush(...conflict(ErrorCode.ItemClaimed));
    const outcome = await rejecting;

    expect(outcome.ok).toBe(false);
    expect(store.items()[1]).toMatchObject({ state: CommentState.Pending, rejection: null });
    expect(store.isBusy({ type: ModerationItemType.Comment, id: 'b' })).toBe(false);
  });

  it('bulk: one request per item type, and only the refused items are rolled back', async () => {
    await openWith([
      aQueueItem({ id: 'a' }),
      aQueueItem({ id: 'b' }),
      aQueueItem({ id: 'r', type: ModerationItemType.Reply, stance: null, submitterType: null }),
    ]);
    for (const i of store.items()) store.toggleSelected(i);
    expect(store.selectedItems()).toHaveLength(3);

    const bulk = store.bulk(BulkAction.Reject, { reason: RejectionReason.Duplicate });
    expect(store.items().every((i) => i.state === CommentState.Rejected)).toBe(true);
    expect(store.selection().size).toBe(0);
    const comments = http.expectOne((r) => r.url === '/api/moderation/bulk' && r.body?.type === ModerationItemType.Comment);
    expect(comments.request.body).toEqual({
      type: ModerationItemType.Comment,
      action: BulkAction.Reject,
      ids: ['a', 'b'],
      reason: RejectionReason.Duplicate,
    });
    comments.flush({
      results: [
        { id: 'a', ok: true, code: null },
        { id: 'b', ok: false, code: ErrorCode.ModerationNotPending },
      ],
      succeeded: 1,
      failed: 1,
    });
    await new Promise((resolve) => setTimeout(resolve));
    const replies = http.expectOne((r) => r.url === '/api/moderation/bulk' && r.body?.type === ModerationItemType.Reply);
    replies.flush(...conflict(ErrorCode.Forbidden));
    const outcome = await bulk;

    expect(outcome.succeeded).toBe(1);
    expect(outcome.failed).toEqual([{ id: 'b', ok: false, code: ErrorCode.ModerationNotPending }]);
    expect(outcome.error).toBeTruthy();
    expect(store.items().map((i) => i.state)).toEqual([CommentState.Rejected, CommentState.Pending, CommentState.Pending]);
  });

  it('claims a batch within the chosen consultation, then lists the moderator’s own claims', async () => {
    await openWith();
    const searching = store.search({ ...DEFAULT_QUEUE_FILTERS, consultation: 'misja-krakowa', q: 'zieleń' });
    http.expectOne((r) => r.url === QUEUE).flush({ items: [], nextCursor: null });
    await searching;

    const claiming = store.claimBatch(500);
    const claim = http.expectOne('/api/moderation/claims');
    expect(claim.request.body).toEqual({ count: 50, consultation: 'misja-krakowa' });
    claim.flush({ items: [aQueueItem({ id: 'a', claim: aClaim({ mine: true }) })] });
    await new Promise((resolve) => setTimeout(resolve));
    const list = http.expectOne((r) => r.url === QUEUE);
    expect(list.request.params.get('claim')).toBe(ClaimFilter.Mine);
    expect(list.request.params.get('consultation')).toBe('misja-krakowa');
    expect(list.request.params.has('q')).toBe(false);
    list.flush({ items: [aQueueItem({ id: 'a', claim: aClaim({ mine: true }) })], nextCursor: null });
    expect(await claiming).toBe(1);
    answerConsultations();
    expect(store.filters().claim).toBe(ClaimFilter.Mine);
  });

  it('reads the details of flagged items after a page arrives', async () => {
    await openWith([aQueueItem({ id: 'a' }), aQueueItem({ id: 'f', flagCount: 1, flagReasons: [FlagReason.PersonalData] })], null);
    const detail = http.expectOne(item('f'));
    detail.flush(aDetail({ id: 'f', flags: [] }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.detailState({ type: ModerationItemType.Comment, id: 'f' }).detail?.id).toBe('f');
    expect(store.detailState({ type: ModerationItemType.Comment, id: 'a' }).detail).toBeNull();
  });

  it('tells claims held by others (not expired) from one’s own and expired ones', () => {
    expect(isTakenByOther(null)).toBe(false);
    expect(isTakenByOther(aClaim())).toBe(true);
    expect(isTakenByOther(aClaim({ mine: true }))).toBe(false);
    expect(isTakenByOther(aClaim({ expiresAt: new Date(Date.now() - 1000).toISOString() }))).toBe(false);
  });
});
