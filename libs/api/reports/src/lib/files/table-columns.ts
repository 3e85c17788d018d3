import { ReportCommentRowDto } from '@consulta/shared/contracts';
import { CHANNEL_LABELS, DECISION_LABELS, STANCE_LABELS, SUBMITTER_TYPE_LABELS } from '../report-labels';

/** The columns of the CSV and XLSX table of comments: Polish headings, values as people read them. */
export const TABLE_COLUMNS: { heading: string; width: number; value: (row: ReportCommentRowDto) => string | number }[] = [
  { heading: 'Lp.', width: 7, value: (row) => row.number },
  { heading: 'Zgłaszający', width: 24, value: (row) => SUBMITTER_TYPE_LABELS[row.submitterType] ?? row.submitterType },
  { heading: 'Nazwa organizacji', width: 28, value: (row) => row.organisationName ?? '' },
  { heading: 'Sposób złożenia', width: 18, value: (row) => CHANNEL_LABELS[row.channel] ?? row.channel },
  { heading: 'Data wpływu', width: 20, value: (row) => row.receivedAt },
  { heading: 'Rozdział', width: 10, value: (row) => row.sectionKey },
  { heading: 'Tytuł rozdziału', width: 30, value: (row) => row.sectionTitle },
  { heading: 'Fragment', width: 40, value: (row) => row.passage ?? '' },
  { heading: 'Treść uwagi', width: 60, value: (row) => row.text },
  { heading: 'Proponowane brzmienie', width: 40, value: (row) => row.proposedWording ?? '' },
  { heading: 'Stanowisko', width: 18, value: (row) => STANCE_LABELS[row.stance] ?? row.stance },
  { heading: 'Obszar', width: 16, value: (row) => row.areaKey ?? '' },
  { heading: 'Tematy', width: 30, value: (row) => row.themes.join('; ') },
  { heading: 'Rozstrzygnięcie', width: 26, value: (row) => (row.decision ? DECISION_LABELS[row.decision] : '') },
  { heading: 'Uzasadnienie', width: 60, value: (row) => row.justification ?? '' },
];
