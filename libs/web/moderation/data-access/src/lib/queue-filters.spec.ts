import { ClaimFilter, CommentState, FlagReason, ModerationItemType, ModerationQueueSort, Stance } from '@consulta/shared/contracts';
import { DEFAULT_QUEUE_FILTERS, toQueueQuery } from './queue-filters';

describe('toQueueQuery', () => {
  it('sends only the state and sort by default', () => {
    expect(toQueueQuery(DEFAULT_QUEUE_FILTERS)).toEqual({ state: CommentState.Pending, sort: ModerationQueueSort.Oldest });
  });

  it('maps every chosen filter, normalises the search words and adds the cursor', () => {
    const query = toQueueQuery(
      {
        state: CommentState.Published,
        type: ModerationItemType.Reply,
        consultation: 'misja-krakowa',
        section: 'misja',
        stance: Stance.Oppose,
        area: 'transport',
        flag: FlagReason.PersonalData,
        reported: 'no',
        claim: ClaimFilter.Unclaimed,
        q: '  źródło   wody ',
        sort: ModerationQueueSort.MostReports,
      },
      'cursor-2',
      50,
    );
    expect(query).toEqual({
      state: CommentState.Published,
      type: ModerationItemType.Reply,
      consultation: 'misja-krakowa',
      section: 'misja',
      stance: Stance.Oppose,
      area: 'transport',
      flag: FlagReason.PersonalData,
      reported: false,
      claim: ClaimFilter.Unclaimed,
      q: 'źródło wody',
      sort: ModerationQueueSort.MostReports,
      cursor: 'cursor-2',
      limit: 50,
    });
  });

  it('drops section and area without a consultation, and a blank search', () => {
    const query = toQueueQuery({ ...DEFAULT_QUEUE_FILTERS, section: 'misja', area: 'transport', reported: 'yes', q: '   ' });
    expect(query).toEqual({ state: CommentState.Pending, sort: ModerationQueueSort.Oldest, reported: true });
  });
});
