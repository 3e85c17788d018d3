import { ConsultationStatus } from '@consulta/shared/contracts';

/**
 * The status people see, derived from the stored publication state and the clock:
 * draft and report_published are what staff set; a published consultation is scheduled before
 * opensAt, open until closesAt (or indefinitely without one), closed afterwards. A published
 * consultation without opensAt is open from publication.
 *
 * Computed by PostgreSQL at read time (one clock for every API process, no cron). `alias` is the
 * already-escaped table alias.
 */
export function effectiveStatusSql(alias: string): string {
  return `CASE
    WHEN ${alias}."publication_state" = 'draft' THEN '${ConsultationStatus.Draft}'
    WHEN ${alias}."publication_state" = 'report_published' THEN '${ConsultationStatus.ReportPublished}'
    WHEN ${alias}."opens_at" IS NOT NULL AND now() < ${alias}."opens_at" THEN '${ConsultationStatus.Scheduled}'
    WHEN ${alias}."closes_at" IS NOT NULL AND now() >= ${alias}."closes_at" THEN '${ConsultationStatus.Closed}'
    ELSE '${ConsultationStatus.Open}'
  END`;
}

/** Statuses the public may see and filter by. */
export const PUBLIC_STATUSES: readonly ConsultationStatus[] = [
  ConsultationStatus.Open,
  ConsultationStatus.Scheduled,
  ConsultationStatus.Closed,
  ConsultationStatus.ReportPublished,
];
