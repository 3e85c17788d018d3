import { REPORT_TEXT_FIELD_MAX_LENGTH, ReportFiguresDto, ReportHeaderDto, SubmissionChannel } from '@consulta/shared/contracts';
import { CHANNEL_LABELS } from '../report-labels';

export const HEADER_TEXT_FIELDS = ['subject', 'organiser', 'participants', 'announcement', 'forms', 'summary'] as const;
export const HEADER_DATE_FIELDS = ['startDate', 'endDate'] as const;

/** An ISO date (YYYY-MM-DD) in the city's time zone. */
export function warsawDate(at: Date | null): string | null {
  if (!at) return null;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

const plural = (count: number, one: string, few: string, many: string): string => {
  if (count === 1) return one;
  const lastTwo = count % 100;
  const last = count % 10;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
};

/**
 * The header a draft starts from: dates from the consultation, the subject from its title, the forms of participation
 * from the channels actually used, a summary of the figures; texts staff are expected to rewrite are sensible Polish defaults.
 */
export function defaultHeader(
  consultation: { title: string; opensAt: Date | null; closesAt: Date | null },
  figures: ReportFiguresDto,
): ReportHeaderDto {
  const used = figures.byChannel.filter((channel) => channel.count > 0 && channel.key !== SubmissionChannel.Online);
  const forms = [
    'Zgłaszanie uwag, komentarzy i odpowiedzi przez internetową platformę konsultacji',
    ...used.map((channel) => `uwagi złożone w formie: ${CHANNEL_LABELS[channel.key as SubmissionChannel] ?? channel.key}`),
  ].join('; ');
  const { comments, replies, uniqueParticipants } = figures;
  return {
    subject: consultation.title,
    organiser: 'Urząd Miasta',
    participants:
      'Mieszkańcy, organizacje pozarządowe, instytucje publiczne, przedsiębiorcy i inne podmioty zainteresowane przedmiotem konsultacji.',
    startDate: warsawDate(consultation.opensAt),
    endDate: warsawDate(consultation.closesAt),
    announcement: 'Informacja o konsultacjach została opublikowana na platformie konsultacji społecznych i w serwisie internetowym miasta.',
    forms: `${forms}.`,
    summary:
      `W konsultacjach opublikowano ${comments} ${plural(comments, 'uwagę', 'uwagi', 'uwag')} ` +
      `i ${replies} ${plural(replies, 'odpowiedź', 'odpowiedzi', 'odpowiedzi')}; ` +
      `wzięło w nich udział ${uniqueParticipants} ${plural(uniqueParticipants, 'uczestnik', 'uczestników', 'uczestników')}.`,
  };
}

/** The header shown: staff's edits over the defaults. */
export function mergeHeader(defaults: ReportHeaderDto, edits: Partial<ReportHeaderDto>): ReportHeaderDto {
  const merged = { ...defaults };
  for (const field of HEADER_TEXT_FIELDS) {
    const value = edits[field];
    if (typeof value === 'string') merged[field] = value.slice(0, REPORT_TEXT_FIELD_MAX_LENGTH);
  }
  for (const field of HEADER_DATE_FIELDS) {
    if (field in edits) merged[field] = edits[field] ?? null;
  }
  return merged;
}
