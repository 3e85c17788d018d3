import {
  DispositionDecision,
  RejectionReason,
  ReportCountDto,
  ReportFileFormat,
  Stance,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';
import { I18nService, TranslationKey } from '@consulta/web/core';

/** Dictionary keys of the enum values the report shows (the interface language); other labels are the report's Polish data. */
export const CHANNEL_LABEL: Record<SubmissionChannel, TranslationKey> = {
  [SubmissionChannel.Online]: 'moderation.channel.online',
  [SubmissionChannel.Paper]: 'moderation.channel.paper',
  [SubmissionChannel.Email]: 'moderation.channel.email',
  [SubmissionChannel.Meeting]: 'moderation.channel.meeting',
};

export const SUBMITTER_LABEL: Record<SubmitterType, TranslationKey> = {
  [SubmitterType.Resident]: 'participation.submitter.resident',
  [SubmitterType.Ngo]: 'participation.submitter.ngo',
  [SubmitterType.Business]: 'participation.submitter.business',
  [SubmitterType.PublicInstitution]: 'participation.submitter.public_institution',
  [SubmitterType.DistrictCouncillor]: 'participation.submitter.district_councillor',
  [SubmitterType.Other]: 'participation.submitter.other',
};

export const STANCE_LABEL: Record<Stance, TranslationKey> = {
  [Stance.Support]: 'participation.stance.support',
  [Stance.Oppose]: 'participation.stance.oppose',
  [Stance.Neutral]: 'participation.stance.neutral',
  [Stance.ProposesChange]: 'participation.stance.proposes_change',
};

export const DECISION_LABEL: Record<DispositionDecision | 'none', TranslationKey> = {
  [DispositionDecision.Noted]: 'disposition.decision.noted',
  [DispositionDecision.Accepted]: 'disposition.decision.accepted',
  [DispositionDecision.PartlyAccepted]: 'disposition.decision.partly_accepted',
  [DispositionDecision.NotAccepted]: 'disposition.decision.not_accepted',
  [DispositionDecision.FurtherWork]: 'disposition.decision.further_work',
  none: 'report.decision.none',
};

export const REASON_LABEL: Record<RejectionReason, TranslationKey> = {
  [RejectionReason.OffTopic]: 'participation.reason.off_topic',
  [RejectionReason.Offensive]: 'participation.reason.offensive',
  [RejectionReason.HateSpeech]: 'participation.reason.hate_speech',
  [RejectionReason.PersonalData]: 'participation.reason.personal_data',
  [RejectionReason.Spam]: 'participation.reason.spam',
  [RejectionReason.Duplicate]: 'participation.reason.duplicate',
  [RejectionReason.Other]: 'participation.reason.other',
};

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
