/**
 * Polish labels for the enum values the PDF shows (the report is an official Polish document). The wording is the
 * same as the report's figures (../report-labels.ts) and the web app's Polish texts, so one document never names
 * one decision two ways.
 */
import { DispositionDecision, RejectionReason, Stance, SubmissionChannel, SubmitterType } from '@consulta/shared/contracts';

export const SUBMITTER_TYPE_LABELS: Record<SubmitterType, string> = {
  [SubmitterType.Resident]: 'Mieszkanka lub mieszkaniec',
  [SubmitterType.Ngo]: 'Organizacja pozarządowa',
  [SubmitterType.Business]: 'Przedsiębiorca',
  [SubmitterType.PublicInstitution]: 'Instytucja publiczna',
  [SubmitterType.DistrictCouncillor]: 'Radna lub radny dzielnicy',
  [SubmitterType.Other]: 'Inny podmiot',
};

export const CHANNEL_LABELS: Record<SubmissionChannel, string> = {
  [SubmissionChannel.Online]: 'platforma internetowa',
  [SubmissionChannel.Paper]: 'pismo papierowe',
  [SubmissionChannel.Email]: 'e-mail',
  [SubmissionChannel.Meeting]: 'spotkanie konsultacyjne',
};

export const STANCE_LABELS: Record<Stance, string> = {
  [Stance.Support]: 'Poparcie',
  [Stance.Oppose]: 'Sprzeciw',
  [Stance.Neutral]: 'Uwaga neutralna',
  [Stance.ProposesChange]: 'Propozycja zmiany',
};

/** Order in which stances are listed (the enum's order). */
export const STANCES: readonly Stance[] = [Stance.Support, Stance.Oppose, Stance.Neutral, Stance.ProposesChange];

export const DECISION_LABELS: Record<DispositionDecision, string> = {
  [DispositionDecision.Noted]: 'Przyjęto do wiadomości',
  [DispositionDecision.Accepted]: 'Uwaga uwzględniona',
  [DispositionDecision.PartlyAccepted]: 'Uwaga uwzględniona częściowo',
  [DispositionDecision.NotAccepted]: 'Uwaga nieuwzględniona',
  [DispositionDecision.FurtherWork]: 'Do dalszych prac',
};

/** A published comment the city has not (yet) decided on. */
export const NO_DECISION_LABEL = 'Bez rozstrzygnięcia';

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  [RejectionReason.OffTopic]: 'nie dotyczy tematu konsultacji',
  [RejectionReason.Offensive]: 'obraźliwe treści',
  [RejectionReason.HateSpeech]: 'mowa nienawiści',
  [RejectionReason.PersonalData]: 'dane osobowe',
  [RejectionReason.Spam]: 'spam',
  [RejectionReason.Duplicate]: 'powtórzenie innego komentarza',
  [RejectionReason.Other]: 'inny powód',
};

/** Who submitted a comment, as the table shows it: never a private person's name; organisations by their name. */
export function submitterLabel(submitterType: SubmitterType, organisationName: string | null): string {
  const label = SUBMITTER_TYPE_LABELS[submitterType] ?? SUBMITTER_TYPE_LABELS[SubmitterType.Other];
  const name = organisationName?.trim();
  return submitterType === SubmitterType.Resident || !name ? label : `${label}: ${name}`;
}

export function decisionLabel(decision: DispositionDecision | null): string {
  return decision ? (DECISION_LABELS[decision] ?? NO_DECISION_LABEL) : NO_DECISION_LABEL;
}

/** "12 marca 2026" (dates in the report are calendar dates; no time zone games with YYYY-MM-DD). */
const MONTHS = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];

export function polishDate(value: string | null): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : value;
}

/** A count as Polish documents write it: "1234", "12 345" (a non-breaking space groups from five digits on). */
export function polishNumber(value: number): string {
  const digits = Math.round(value).toString();
  return Math.abs(value) < 10_000 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
