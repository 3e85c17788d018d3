import {
  ClaimFilter,
  CommentState,
  ModerationItemType,
  ModerationQueueQuery,
  ModerationQueueSort,
  QueueFlagReason,
  Stance,
} from '@consulta/shared/contracts';

/** The queue filter form's values; '' means "any". */
export interface QueueFilters {
  state: CommentState;
  type: ModerationItemType | '';
  consultation: string;
  section: string;
  stance: Stance | '';
  area: string;
  flag: QueueFlagReason | '';
  reported: 'yes' | 'no' | '';
  claim: ClaimFilter | '';
  q: string;
  sort: ModerationQueueSort;
}

/** What the queue shows first: pending items, oldest first (first come, first served). */
export const DEFAULT_QUEUE_FILTERS: QueueFilters = {
  state: CommentState.Pending,
  type: '',
  consultation: '',
  section: '',
  stance: '',
  area: '',
  flag: '',
  reported: '',
  claim: '',
  q: '',
  sort: ModerationQueueSort.Oldest,
};

/**
 * The API query for a set of filters: empty choices are left out; section and area only make sense
 * within one consultation, so they are dropped without one.
 */
export function toQueueQuery(filters: QueueFilters, cursor?: string | null, limit?: number): ModerationQueueQuery {
  const query: ModerationQueueQuery = { state: filters.state, sort: filters.sort };
  if (filters.type) query.type = filters.type;
  if (filters.consultation) {
    query.consultation = filters.consultation;
    if (filters.section) query.section = filters.section;
    if (filters.area) query.area = filters.area;
  }
  if (filters.stance) query.stance = filters.stance;
  if (filters.flag) query.flag = filters.flag;
  if (filters.reported) query.reported = filters.reported === 'yes';
  if (filters.claim) query.claim = filters.claim;
  const words = filters.q.trim().replace(/\s+/g, ' ');
  if (words) query.q = words;
  if (cursor) query.cursor = cursor;
  if (limit) query.limit = limit;
  return query;
}
