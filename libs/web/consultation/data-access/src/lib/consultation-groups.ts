import { ConsultationStatus, ConsultationSummaryDto } from '@consulta/shared/contracts';

export interface ConsultationGroups {
  open: ConsultationSummaryDto[];
  upcoming: ConsultationSummaryDto[];
  /** Closed ones and those whose report is published, most recent first. */
  closed: ConsultationSummaryDto[];
}

const time = (iso: string | null): number => (iso ? Date.parse(iso) : Number.NaN);

/** Ascending by a timestamp; consultations without that date go last. */
function byDate(pick: (c: ConsultationSummaryDto) => string | null, direction: 1 | -1) {
  return (a: ConsultationSummaryDto, b: ConsultationSummaryDto): number => {
    const ta = time(pick(a));
    const tb = time(pick(b));
    if (Number.isNaN(ta) || Number.isNaN(tb)) {
      return Number.isNaN(ta) ? (Number.isNaN(tb) ? a.title.localeCompare(b.title) : 1) : -1;
    }
    return (ta - tb) * direction;
  };
}

/**
 * Groups the public list for the home page: open (closing soonest first), upcoming (opening soonest
 * first) and closed (latest first). Drafts never appear publicly and are dropped.
 */
export function groupConsultationsByStatus(consultations: readonly ConsultationSummaryDto[]): ConsultationGroups {
  const groups: ConsultationGroups = { open: [], upcoming: [], closed: [] };
  for (const consultation of consultations) {
    switch (consultation.status) {
      case ConsultationStatus.Open:
        groups.open.push(consultation);
        break;
      case ConsultationStatus.Scheduled:
        groups.upcoming.push(consultation);
        break;
      case ConsultationStatus.Closed:
      case ConsultationStatus.ReportPublished:
        groups.closed.push(consultation);
        break;
      case ConsultationStatus.Draft:
        break;
    }
  }
  groups.open.sort(byDate((c) => c.closesAt, 1));
  groups.upcoming.sort(byDate((c) => c.opensAt, 1));
  groups.closed.sort(byDate((c) => c.closesAt, -1));
  return groups;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days until an open consultation closes (rounded up); null without a closing date or once past. */
export function daysUntil(iso: string | null, now: Date = new Date()): number | null {
  if (!iso) {
    return null;
  }
  const remaining = Date.parse(iso) - now.getTime();
  return Number.isNaN(remaining) || remaining <= 0 ? null : Math.ceil(remaining / DAY_MS);
}
