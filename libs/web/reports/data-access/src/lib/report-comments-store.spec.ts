import { TestBed } from '@angular/core/testing';
import {
  DispositionDecision,
  ReportCommentPageDto,
  ReportCommentRowDto,
  Stance,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';
import { ReportCommentsStore } from './report-comments-store';
import { ReportCommentPageQuery } from './reports-api';

function aRow(number: number): ReportCommentRowDto {
  return {
    number,
    submitterType: SubmitterType.Resident,
    organisationName: null,
    channel: SubmissionChannel.Online,
    receivedAt: '2026-05-01T10:00:00.000Z',
    sectionKey: 'cel',
    sectionTitle: 'Cel',
    passage: null,
    text: `Uwaga numer ${number}`,
    proposedWording: null,
    stance: Stance.Neutral,
    areaKey: null,
    themes: [],
    decision: DispositionDecision.Noted,
    justification: 'Przyjęto.',
  };
}

/** A table of `total` rows served `limit` at a time, the cursor being the last number served. */
function tableOf(total: number) {
  const calls: ReportCommentPageQuery[] = [];
  const loader = async (query: ReportCommentPageQuery): Promise<ReportCommentPageDto> => {
    calls.push(query);
    const start = query.cursor === null ? 0 : Number(query.cursor);
    const end = Math.min(total, start + query.limit);
    const items = Array.from({ length: end - start }, (_, index) => aRow(start + index + 1));
    return { items, nextCursor: end < total ? String(end) : null, total };
  };
  return { loader, calls };
}

describe('ReportCommentsStore', () => {
  let store: ReportCommentsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [ReportCommentsStore] });
    store = TestBed.inject(ReportCommentsStore);
    store.pageSize = 2;
  });

  it('loads the first page, then appends pages with the cursor until there are no more', async () => {
    const { loader, calls } = tableOf(5);
    await store.load(loader);
    expect(store.items().map((row) => row.number)).toEqual([1, 2]);
    expect(store.total()).toBe(5);
    expect(store.hasMore()).toBe(true);

    expect(await store.loadMore()).toBe(true);
    expect(await store.loadMore()).toBe(true);
    expect(store.items().map((row) => row.number)).toEqual([1, 2, 3, 4, 5]);
    expect(store.hasMore()).toBe(false);
    expect(await store.loadMore()).toBe(false);
    expect(calls).toEqual([
      { cursor: null, limit: 2 },
      { cursor: '2', limit: 2 },
      { cursor: '4', limit: 2 },
    ]);
  });

  it('drops an answer for a source that was replaced meanwhile', async () => {
    let release: (page: ReportCommentPageDto) => void = () => undefined;
    const slow = () => new Promise<ReportCommentPageDto>((resolve) => (release = resolve));
    const first = store.load(slow);
    const second = store.load(tableOf(1).loader);
    release({ items: [aRow(7), aRow(8)], nextCursor: 'x', total: 9 });
    await Promise.all([first, second]);
    expect(store.items().map((row) => row.number)).toEqual([1]);
    expect(store.total()).toBe(1);
    expect(store.hasMore()).toBe(false);
  });

  it('keeps the rows read so far when a later page fails, and retries that page', async () => {
    const { loader } = tableOf(3);
    let fail = false;
    await store.load((query) => (fail ? Promise.reject(new Error('offline')) : loader(query)));
    fail = true;
    expect(await store.loadMore()).toBe(false);
    expect(store.error()).toBeInstanceOf(Error);
    expect(store.items()).toHaveLength(2);
    fail = false;
    await store.retry();
    expect(store.error()).toBeNull();
    expect(store.items().map((row) => row.number)).toEqual([1, 2, 3]);
  });
});
