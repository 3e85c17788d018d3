import { DispositionDecision, ReportCountDto, ReportFileFormat, SubmissionChannel } from '@consulta/shared/contracts';
import { I18nService, TranslationKey } from '@consulta/web/core';
import { DISPOSITION_DECISION_LABEL, REJECTION_REASON_LABEL, STANCE_LABEL, SUBMITTER_LABEL } from '@consulta/web/participation/feature';

/** Dictionary keys of the enum values the report shows (the interface language); other labels are the report's Polish data. */
export const CHANNEL_LABEL: Record<SubmissionChannel, TranslationKey> = {
  [SubmissionChannel.Online]: 'moderation.channel.online',
  [SubmissionChannel.Paper]: 'moderation.channel.paper',
  [SubmissionChannel.Email]: 'moderation.channel.email',
  [SubmissionChannel.Meeting]: 'moderation.channel.meeting',
};

export { STANCE_LABEL, SUBMITTER_LABEL };

export const DECISION_LABEL: Record<DispositionDecision | 'none', TranslationKey> = {
  ...DISPOSITION_DECISION_LABEL,
  none: 'report.decision.none',
};

export const REASON_LABEL = REJECTION_REASON_LABEL;

export const FORMAT_LABEL: Record<ReportFileFormat, TranslationKey> = {
  [ReportFileFormat.Pdf]: 'report.format.pdf',
  [ReportFileFormat.Csv]: 'report.format.csv',
  [ReportFileFormat.Xlsx]: 'report.format.xlsx',
  [ReportFileFormat.Json]: 'report.format.json',
};

/** Which enum a figure's keys are, so known keys get the interface language; areas and sections keep their Polish names. */
export type CountKind = 'channel' | 'submitter' | 'stance' | 'decision' | 'reason' | 'data';

const LABELS: Record<Exclude<CountKind, 'data'>, Readonly<Record<string, TranslationKey>>> = {
  channel: CHANNEL_LABEL,
  submitter: SUBMITTER_LABEL,
  stance: STANCE_LABEL,
  decision: DECISION_LABEL,
  reason: REASON_LABEL,
};

/** A figure's label for people: translated when its key is a known enum value, else the report's own (Polish) label. */
export function countLabel(i18n: I18nService, kind: CountKind, count: ReportCountDto): { label: string; translated: boolean } {
  if (kind !== 'data') {
    const key = LABELS[kind][count.key];
    if (key) return { label: i18n.t(key), translated: true };
  }
  return { label: count.label, translated: false };
}
