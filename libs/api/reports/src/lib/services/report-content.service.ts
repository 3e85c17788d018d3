import {
  DispositionDecision,
  DocumentDiffDto,
  RejectionReason,
  REPORT_QUOTES_PER_THEME,
  ReportContentDto,
  ReportCountDto,
  ReportDayDto,
  ReportFiguresDto,
  ReportHeaderDto,
  ReportThemeDto,
  Stance,
  SubmissionChannel,
  SubmitterType,
  ThemeColour,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CHANNEL_LABELS,
  DECISION_LABELS,
  NO_AREA_KEY,
  NO_AREA_LABEL,
  NO_DECISION_KEY,
  REJECTION_REASON_LABELS,
  STANCE_LABELS,
  SUBMITTER_TYPE_LABELS,
} from '../report-labels';
import { ConsultationFacts, RawFigures, ReportDataRepository } from '../repositories/report-data.repository';
import { defaultHeader, mergeHeader } from './report-header';

/** What the content needs from the document-diff feature (DocumentDiffService of api-consultation). */
export interface DocumentDiffer {
  diff(consultationId: string, from: number, to: number, manager?: EntityManager): Promise<DocumentDiffDto>;
}
export const DOCUMENT_DIFFER = Symbol('DOCUMENT_DIFFER');

/** Counts for every value of an enum, in the enum's order (zeros included, so charts and tables are stable). */
function enumCounts<K extends string>(keys: K[], labels: Record<K, string>, counts: Record<string, number>): ReportCountDto[] {
  return keys.map((key) => ({ key, label: labels[key], count: counts[key] ?? 0 }));
}

/** Counts in a known order of keys, then any key the data has that the list does not (never dropped: sums stay exact). */
function listedCounts(known: { key: string; label: string }[], counts: Record<string, number>, includeZero: boolean): ReportCountDto[] {
  const seen = new Set(known.map((item) => item.key));
  const listed = known
    .map((item) => ({ key: item.key, label: item.label, count: counts[item.key] ?? 0 }))
    .filter((item) => includeZero || item.count > 0);
  const extra = Object.entries(counts)
    .filter(([key]) => !seen.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({ key, label: key, count }));
  return [...listed, ...extra];
}

export function toFigures(
  raw: RawFigures,
  areas: { key: string; name: string }[],
  sections: { key: string; title: string }[],
): ReportFiguresDto {
  const byArea = { ...raw.byArea };
  const none = byArea[''] ?? 0;
  delete byArea[''];
  const days = [...new Set([...Object.keys(raw.commentsByDay), ...Object.keys(raw.repliesByDay)])].sort();
  const overTime: ReportDayDto[] = days.map((date) => ({
    date,
    comments: raw.commentsByDay[date] ?? 0,
    replies: raw.repliesByDay[date] ?? 0,
  }));
  return {
    comments: raw.comments,
    replies: raw.replies,
    uniqueParticipants: raw.accountParticipants + raw.offPlatform,
    byChannel: enumCounts(Object.values(SubmissionChannel), CHANNEL_LABELS, raw.byChannel),
    bySubmitterType: enumCounts(Object.values(SubmitterType), SUBMITTER_TYPE_LABELS, raw.bySubmitterType),
    byArea: [
      ...listedCounts(
        areas.map((area) => ({ key: area.key, label: area.name })),
        byArea,
        true,
      ),
      ...(none > 0 ? [{ key: NO_AREA_KEY, label: NO_AREA_LABEL, count: none }] : []),
    ],
    bySection: listedCounts(
      sections.map((section) => ({ key: section.key, label: section.title })),
      raw.bySection,
      false,
    ),
    byStance: enumCounts(Object.values(Stance), STANCE_LABELS, raw.byStance),
    overTime,
    received: Object.values(raw.byState).reduce((sum, count) => sum + count, 0),
    published: raw.byState['published'] ?? 0,
    rejected: raw.byState['rejected'] ?? 0,
    rejectedByReason: enumCounts(Object.values(RejectionReason), REJECTION_REASON_LABELS, raw.rejectedByReason),
    hidden: raw.byState['hidden'] ?? 0,
    withdrawn: raw.byState['withdrawn'] ?? 0,
    byDecision: enumCounts([...Object.values(DispositionDecision), NO_DECISION_KEY], DECISION_LABELS, raw.byDecision),
  };
}

/**
 * Computes a report's content from the live data. Call it inside one REPEATABLE READ transaction (the generation
 * and publication jobs do) so that every figure, theme and the table come from the same snapshot.
 */
@Injectable()
export class ReportContentService {
  constructor(private readonly data: ReportDataRepository) {}

  async compute(
    consultation: ConsultationFacts,
    headerEdits: Partial<ReportHeaderDto>,
    differ: DocumentDiffer | null,
    manager: EntityManager,
    progress: (fraction: number, message: string) => void = () => undefined,
  ): Promise<ReportContentDto> {
    const generatedAt = await this.now(manager);
    progress(0.1, 'Liczenie uwag i odpowiedzi');
    const raw = await this.data.figures(consultation.id, manager);
    const figures = toFigures(raw, await this.data.areas(consultation.id, manager), await this.data.sections(consultation.id, manager));
    progress(0.5, 'Zestawianie tematów');
    const themes: ReportThemeDto[] = (await this.data.themes(consultation.id, REPORT_QUOTES_PER_THEME, manager)).map((theme) => ({
      themeId: theme.themeId,
      name: theme.name,
      description: theme.description,
      colour: theme.colour as ThemeColour,
      count: theme.count,
      stance: {
        [Stance.Support]: theme.stance[Stance.Support] ?? 0,
        [Stance.Oppose]: theme.stance[Stance.Oppose] ?? 0,
        [Stance.Neutral]: theme.stance[Stance.Neutral] ?? 0,
        [Stance.ProposesChange]: theme.stance[Stance.ProposesChange] ?? 0,
      },
      quotes: theme.quotes,
      response: theme.response,
    }));
    progress(0.7, 'Porównywanie wersji dokumentu');
    const versions = await this.data.documentVersions(consultation.id, manager);
    const changes =
      differ && versions.length > 1 ? await differ.diff(consultation.id, versions[0], versions[versions.length - 1], manager) : null;
    return {
      consultationSlug: consultation.slug,
      consultationTitle: consultation.title,
      header: mergeHeader(defaultHeader(consultation, figures), headerEdits),
      figures,
      themes,
      changes,
      generatedAt,
    };
  }

  /** The transaction's own clock: the moment the snapshot was taken. */
  private async now(manager: EntityManager): Promise<string> {
    const rows = await manager.query<{ now: Date }[]>(`SELECT now() AS "now"`);
    return new Date(rows[0].now).toISOString();
  }
}
