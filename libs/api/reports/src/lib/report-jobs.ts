import { ConsultationStatus } from '@consulta/shared/contracts';

/** Job kinds of the report and their payloads (ids and small values only). */
export const GENERATE_REPORT_JOB = 'reports.generate';
export const PUBLISH_REPORT_JOB = 'reports.publish';

export interface GenerateReportPayload {
  consultationId: string;
}

export interface PublishReportPayload {
  consultationId: string;
  /** The version this publication creates: a retry after a commit finds it there and does nothing. */
  version: number;
  changeNote: string | null;
  actorId: string;
  actorName: string;
}

/** One job at a time per consultation, whichever kind. */
export const reportDedupeKey = (consultationId: string): string => `reports:${consultationId}`;

/** A report may be published once the consultation has closed (and corrected after publication). */
export const REPORTABLE_STATUSES: readonly ConsultationStatus[] = [ConsultationStatus.Closed, ConsultationStatus.ReportPublished];
