import { DispositionDecision, RejectionReason, Stance, SubmissionChannel, SubmitterType } from '@consulta/shared/contracts';

/**
 * Polish labels of the report's enum keys: the report is an official Polish document (the web app may translate
 * known keys). Same wording as the web app's Polish texts.
 */
export const CHANNEL_LABELS: Record<SubmissionChannel, string> = {
  [SubmissionChannel.Online]: 'platforma internetowa',
  [SubmissionChannel.Paper]: 'pismo papierowe',
  [SubmissionChannel.Email]: 'e-mail',
  [SubmissionChannel.Meeting]: 'spotkanie konsultacyjne',
};

export const SUBMITTER_TYPE_LABELS: Record<SubmitterType, string> = {
  [SubmitterType.Resident]: 'Mieszkanka lub mieszkaniec',
  [SubmitterType.Ngo]: 'Organizacja pozarządowa',
  [SubmitterType.Business]: 'Przedsiębiorca',
  [SubmitterType.PublicInstitution]: 'Instytucja publiczna',
  [SubmitterType.DistrictCouncillor]: 'Radna lub radny dzielnicy',
  [SubmitterType.Other]: 'Inny podmiot',
};

export const STANCE_LABELS: Record<Stance, string> = {
  [Stance.Support]: 'Poparcie',
  [Stance.Oppose]: 'Sprzeciw',
  [Stance.Neutral]: 'Uwaga neutralna',
  [Stance.ProposesChange]: 'Propozycja zmiany',
};

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  [RejectionReason.OffTopic]: 'nie dotyczy tematu konsultacji',
  [RejectionReason.Offensive]: 'obraźliwe treści',
  [RejectionReason.HateSpeech]: 'mowa nienawiści',
  [RejectionReason.PersonalData]: 'dane osobowe',
  [RejectionReason.Spam]: 'spam',
  [RejectionReason.Duplicate]: 'powtórzenie innego komentarza',
  [RejectionReason.Other]: 'inny powód',
};

/** Key of published comments without an approved decision in byDecision. */
export const NO_DECISION_KEY = 'none';
/** Key of comments without an area in byArea. */
export const NO_AREA_KEY = 'none';

export const DECISION_LABELS: Record<DispositionDecision | typeof NO_DECISION_KEY, string> = {
  [DispositionDecision.Noted]: 'Przyjęto do wiadomości',
  [DispositionDecision.Accepted]: 'Uwaga uwzględniona',
  [DispositionDecision.PartlyAccepted]: 'Uwaga uwzględniona częściowo',
  [DispositionDecision.NotAccepted]: 'Uwaga nieuwzględniona',
  [DispositionDecision.FurtherWork]: 'Do dalszych prac',
  [NO_DECISION_KEY]: 'Bez rozstrzygnięcia',
};

export const NO_AREA_LABEL = 'Bez wskazania obszaru';
