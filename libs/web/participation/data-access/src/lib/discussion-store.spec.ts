import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  CommentCountsDto,
  CommentSort,
  CommentState,
  ErrorCode,
  IDEMPOTENCY_KEY_HEADER,
  Stance,
  SubmitterType,
} from '@consulta/shared/contracts';
import { CommentCountsStore } from './comment-counts-store';
import { DiscussionStore } from './discussion-store';
import { aComment } from './test-builders';

const LIST = '/api/consultations/misja-krakowa/comments';
const COUNTS: CommentCountsDto = {
  total: 3,
  sections: [{ sectionKey: 'misja', count: 3, paragraphs: [{ paragraphKey: 'm1', count: 2 }] }],
};

/** Lets the awaited HTTP promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('DiscussionStore', () => {
  let store: DiscussionStore;
  let counts: CommentCountsStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), DiscussionStore, CommentCountsStore],
    });
    store = TestBed.inject(DiscussionStore);
    counts = TestBed.inject(CommentCountsStore);
    http = TestBed.inject(HttpTestingController);
    const loading = counts.load('misja-krakowa');
    http.expectOne('/api/consultations/misja-krakowa/comment-counts').flush(COUNTS);
    await loading;
  });

  afterEach(() => http.verify());

  async function openWith(items = [aComment({ id: 'a' }), aComment({ id: 'b' })], nextCursor: string | null = 'next-1', total = 3) {
    const opening = store.open('misja-krakowa', 'misja');
    const request = http.expectOne((r) => r.url === LIST);
    expect(request.request.params.get('section')).toBe('misja');
    expect(request.request.params.get('sort')).toBe(CommentSort.Newest);
    request.flush({ items, nextCursor, total });
    await opening;
  }

  it('appends the next page with the cursor and stops when nextCursor is null', async () => {
    await openWith();
    expect(store.hasMore()).toBe(true);

    const more = store.loadMore();
    const request = http.expectOne((r) => r.url === LIST);
    expect(request.request.params.get('cursor')).toBe('next-1');
    request.flush({ items: [aComment({ id: 'c' })], nextCursor: null, total: 3 });
    await more;

    expect(store.comments().map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(store.hasMore()).toBe(false);
    expect(store.total()).toBe(3);
  });

  it('resets the list and the cursor when the sort changes', async () => {
    await openWith();

    const sorting = store.setSort(CommentSort.MostAgreed);
    expect(store.comments()).toEqual([]);
    const request = http.expectOne((r) => r.url === LIST);
    expect(request.request.params.get('sort')).toBe(CommentSort.MostAgreed);
    expect(request.request.params.has('cursor')).toBe(false);
    request.flush({ items: [aComment({ id: 'z' })], nextCursor: null, total: 1 });
    await sorting;

    expect(store.comments().map((c) => c.id)).toEqual(['z']);
    expect(store.hasMore()).toBe(false);
  });

  it('counts a created published comment (not a pending one) and uncounts a withdrawn one', async () => {
    await openWith();
    const request = {
      sectionKey: 'misja',
      paragraphKey: 'm1',
      text: 'Proszę dodać zieleń.',
      stance: Stance.ProposesChange,
      submitterType: SubmitterType.Resident,
      personalDataConsent: true as const,
    };

    const creating = store.create(request, 'key-1');
    const post = http.expectOne({ method: 'POST', url: LIST });
    expect(post.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe('key-1');
    post.flush(aComment({ id: 'new', paragraphKey: 'm1', isMine: true }));
    await creating;

    expect(store.comments()[0].id).toBe('new');
    expect(store.total()).toBe(4);
    expect(counts.sectionCount('misja')).toBe(4);
    expect(counts.paragraphCount('m1')).toBe(3);

    const pending = store.create({ ...request, text: 'Druga uwaga do akapitu.' }, 'key-2');
    http.expectOne({ method: 'POST', url: LIST }).flush(aComment({ id: 'pending', state: CommentState.Pending, isMine: true }));
    await pending;
    expect(store.total()).toBe(4);
    expect(counts.sectionCount('misja')).toBe(4);

    const withdrawing = store.withdraw('new');
    http.expectOne('/api/comments/new/withdraw').flush(aComment({ id: 'new', paragraphKey: 'm1', state: CommentState.Withdrawn }));
    await withdrawing;

    expect(store.comments().some((c) => c.id === 'new')).toBe(false);
    expect(store.total()).toBe(3);
    expect(counts.sectionCount('misja')).toBe(3);
    expect(counts.paragraphCount('m1')).toBe(2);
  });

  it('shows an agreement at once, keeps the server count, and rolls back when the request fails', async () => {
    await openWith([aComment({ id: 'a', agreeCount: 2 })], null, 1);

    const agreeing = store.toggleAgreement('a');
    expect(store.comments()[0]).toMatchObject({ agreedByMe: true, agreeCount: 3 });
    const put = http.expectOne('/api/comments/a/agreement');
    expect(put.request.method).toBe('PUT');
    put.flush({ agreeCount: 5, agreedByMe: true });
    expect(await agreeing).toBeNull();
    expect(store.comments()[0]).toMatchObject({ agreedByMe: true, agreeCount: 5 });

    const withdrawing = store.toggleAgreement('a');
    expect(store.comments()[0]).toMatchObject({ agreedByMe: false, agreeCount: 4 });
    const del = http.expectOne('/api/comments/a/agreement');
    expect(del.request.method).toBe('DELETE');
    del.flush({ statusCode: 409, code: ErrorCode.ConsultationNotOpen, message: 'closed' }, { status: 409, statusText: 'Conflict' });
    const error = await withdrawing;

    expect(error).toBeTruthy();
    expect(store.comments()[0]).toMatchObject({ agreedByMe: true, agreeCount: 5 });
  });

  it('drops a page that arrives after the sort changed', async () => {
    const first = store.open('misja-krakowa', 'misja');
    const stale = http.expectOne((r) => r.url === LIST);
    const second = store.setSort(CommentSort.Oldest);
    const fresh = http.expectOne((r) => r.url === LIST && r.params.get('sort') === CommentSort.Oldest);
    fresh.flush({ items: [aComment({ id: 'old' })], nextCursor: null, total: 1 });
    await second;
    stale.flush({ items: [aComment({ id: 'stale' })], nextCursor: 'x', total: 9 });
    await first;
    await settle();

    expect(store.comments().map((c) => c.id)).toEqual(['old']);
    expect(store.total()).toBe(1);
  });
});
