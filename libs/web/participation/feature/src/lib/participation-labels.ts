import {
  CommentSort,
  CommentState,
  DELETED_AUTHOR_LABEL,
  DispositionDecision,
  OFF_PLATFORM_AUTHOR_LABEL,
  RejectionReason,
  Stance,
  SubmitterType,
} from '@consulta/shared/contracts';
import { I18nService, TranslationKey } from '@consulta/web/core';

/** Dictionary keys for participation enums shown to people. */
export const STANCE_LABEL: Record<Stance, TranslationKey> = {
  [Stance.Support]: 'participation.stance.support',
  [Stance.Oppose]: 'participation.stance.oppose',
  [Stance.Neutral]: 'participation.stance.neutral',
  [Stance.ProposesChange]: 'participation.stance.proposes_change',
};

export const SUBMITTER_LABEL: Record<SubmitterType, TranslationKey> = {
  [SubmitterType.Resident]: 'participation.submitter.resident',
  [SubmitterType.Ngo]: 'participation.submitter.ngo',
  [SubmitterType.Business]: 'participation.submitter.business',
  [SubmitterType.PublicInstitution]: 'participation.submitter.public_institution',
  [SubmitterType.DistrictCouncillor]: 'participation.submitter.district_councillor',
  [SubmitterType.Other]: 'participation.submitter.other',
};

export const COMMENT_STATE_LABEL: Record<CommentState, TranslationKey> = {
  [CommentState.Pending]: 'participation.state.pending',
  [CommentState.Published]: 'participation.state.published',
  [CommentState.Rejected]: 'participation.state.rejected',
  [CommentState.Hidden]: 'participation.state.hidden',
  [CommentState.Withdrawn]: 'participation.state.withdrawn',
};

export const REJECTION_REASON_LABEL: Record<RejectionReason, TranslationKey> = {
  [RejectionReason.OffTopic]: 'participation.reason.off_topic',
  [RejectionReason.Offensive]: 'participation.reason.offensive',
  [RejectionReason.HateSpeech]: 'participation.reason.hate_speech',
  [RejectionReason.PersonalData]: 'participation.reason.personal_data',
  [RejectionReason.Spam]: 'participation.reason.spam',
  [RejectionReason.Duplicate]: 'participation.reason.duplicate',
  [RejectionReason.Other]: 'participation.reason.other',
};

export const SORT_LABEL: Record<CommentSort, TranslationKey> = {
  [CommentSort.Newest]: 'participation.sort.newest',
  [CommentSort.Oldest]: 'participation.sort.oldest',
  [CommentSort.MostAgreed]: 'participation.sort.most_agreed',
};

export const DISPOSITION_DECISION_LABEL: Record<DispositionDecision, TranslationKey> = {
  [DispositionDecision.Noted]: 'disposition.decision.noted',
  [DispositionDecision.Accepted]: 'disposition.decision.accepted',
  [DispositionDecision.PartlyAccepted]: 'disposition.decision.partly_accepted',
  [DispositionDecision.NotAccepted]: 'disposition.decision.not_accepted',
  [DispositionDecision.FurtherWork]: 'disposition.decision.further_work',
};

/** Deleted accounts and submissions received outside the platform carry fixed English labels from the API; show them in the reader's language. */
export function authorLabel(i18n: I18nService, authorName: string): string {
  if (authorName === DELETED_AUTHOR_LABEL) return i18n.t('participation.deletedAuthor');
  if (authorName === OFF_PLATFORM_AUTHOR_LABEL) return i18n.t('participation.offPlatformAuthor');
  return authorName;
}
