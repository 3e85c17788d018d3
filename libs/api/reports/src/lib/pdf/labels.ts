/**
 * Polish labels for the enum values the PDF shows (the report is an official Polish document): the report's own
 * labels (../report-labels.ts), so one document never names one decision two ways, plus the PDF's formatting helpers.
 */
import { DispositionDecision, Stance, SubmitterType } from '@consulta/shared/contracts';
import { CHANNEL_LABELS, DECISION_LABELS, NO_DECISION_KEY, STANCE_LABELS, SUBMITTER_TYPE_LABELS } from '../report-labels';

export { CHANNEL_LABELS, STANCE_LABELS, SUBMITTER_TYPE_LABELS };

/** Order in which stances are listed (the enum's order). */
export const STANCES: readonly Stance[] = [Stance.Support, Stance.Oppose, Stance.Neutral, Stance.ProposesChange];

/** A published comment the city has not (yet) decided on. */
export const NO_DECISION_LABEL = DECISION_LABELS[NO_DECISION_KEY];

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
