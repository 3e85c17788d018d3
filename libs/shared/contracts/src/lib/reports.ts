/**
 * The consultation summary report (issue 6): "sprawozdanie z przebiegu i wyników konsultacji społecznych".
 * Staff generate a draft from the data, edit its header, and publish it; each publication is a numbered version
 * whose content and files (PDF, CSV, XLSX, JSON) are stored once and served as stored.
 *
 * Staff routes: /api/staff/consultations/:slug/report...; public routes: /api/consultations/:slug/report...
 */
import { DispositionDecision, Stance, SubmitterType } from './participation';
import { SubmissionChannel } from './moderation';
import { ThemeColour } from './themes';
import { DocumentDiffDto } from './consultation';

export const REPORT_TEXT_FIELD_MAX_LENGTH = 10_000;
export const REPORT_CHANGE_NOTE_MAX_LENGTH = 2000;
export const REPORT_COMMENT_PAGE_DEFAULT_LIMIT = 50;
export const REPORT_COMMENT_PAGE_MAX_LIMIT = 200;
export const REPORT_QUOTES_PER_THEME = 3;

export enum ReportFileFormat {
  Pdf = 'pdf',
  Csv = 'csv',
  Xlsx = 'xlsx',
  Json = 'json',
}

export const REPORT_FILE_MEDIA_TYPES: Record<ReportFileFormat, string> = {
  [ReportFileFormat.Pdf]: 'application/pdf',
  [ReportFileFormat.Csv]: 'text/csv; charset=utf-8',
  [ReportFileFormat.Xlsx]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [ReportFileFormat.Json]: 'application/json; charset=utf-8',
};

/**
 * The editable header of the report, as Polish cities write it. Dates are ISO dates (YYYY-MM-DD); the draft
 * fills them from the consultation's opening and closing; texts start with sensible defaults staff rewrite.
 */
export interface ReportHeaderDto {
  /** Przedmiot konsultacji. */
  subject: string;
  /** Organizator (the office that ran it). */
  organiser: string;
  /** Kogo konsultowano (residents, NGOs, ...). */
  participants: string;
  startDate: string | null;
  endDate: string | null;
  /** Sposób informowania (how it was announced). */
  announcement: string;
  /** Formy konsultacji (forms of participation). */
  forms: string;
  /** An introduction / summary of the outcome. */
  summary: string;
}

export type UpdateReportHeaderRequest = Partial<ReportHeaderDto>;

export interface ReportCountDto {
  /** A stable key (enum value, area key, section key, date) for data use. */
  key: string;
  /** Polish label (the report is an official Polish document); the web app may translate known keys. */
  label: string;
  count: number;
}

export interface ReportDayDto {
  date: string;
  comments: number;
  replies: number;
}

export interface ReportFiguresDto {
  /** Published comments (the report's table has exactly this many rows). */
  comments: number;
  /** Published replies. */
  replies: number;
  /** Distinct accounts with a published comment or reply, plus off-platform submissions (each counts as one). */
  uniqueParticipants: number;
  byChannel: ReportCountDto[];
  bySubmitterType: ReportCountDto[];
  byArea: ReportCountDto[];
  bySection: ReportCountDto[];
  byStance: ReportCountDto[];
  overTime: ReportDayDto[];
  /** Moderation: every submission received, by its final state. */
  received: number;
  published: number;
  rejected: number;
  rejectedByReason: ReportCountDto[];
  hidden: number;
  withdrawn: number;
  /** Approved dispositions by decision, plus key 'none' for published comments without one. */
  byDecision: ReportCountDto[];
}

export interface ReportQuoteDto {
  /** The comment's number in the report's table. */
  number: number;
  text: string;
}

export interface ReportThemeDto {
  themeId: string;
  name: string;
  description: string;
  colour: ThemeColour;
  count: number;
  stance: Record<Stance, number>;
  quotes: ReportQuoteDto[];
  /** "You said, we did": the city's answer to the theme. */
  response: string | null;
}

/**
 * One published comment in the report's table. Never a private person's name or e-mail: a resident is shown by
 * submitter type only; organisations by their organisation name.
 */
export interface ReportCommentRowDto {
  /** 1..n in order of receipt. */
  number: number;
  submitterType: SubmitterType;
  organisationName: string | null;
  channel: SubmissionChannel;
  receivedAt: string;
  sectionKey: string;
  sectionTitle: string;
  /** The quoted passage or the paragraph's opening words; null for a whole-section comment. */
  passage: string | null;
  /** The public text (redacted where staff redacted it). */
  text: string;
  proposedWording: string | null;
  stance: Stance;
  areaKey: string | null;
  themes: string[];
  decision: DispositionDecision | null;
  justification: string | null;
}

export interface ReportCommentPageDto {
  items: ReportCommentRowDto[];
  nextCursor: string | null;
  total: number;
}

/** Everything of a report but its table of comments (paged separately). */
export interface ReportContentDto {
  consultationSlug: string;
  consultationTitle: string;
  header: ReportHeaderDto;
  figures: ReportFiguresDto;
  themes: ReportThemeDto[];
  /** What changed in the text between the first and the current document version; null with one version. */
  changes: DocumentDiffDto | null;
  /** When the data were read. */
  generatedAt: string;
}

export enum ReportDraftState {
  /** No draft yet: generate one. */
  None = 'none',
  Generating = 'generating',
  Ready = 'ready',
  Failed = 'failed',
}

export interface ReportVersionSummaryDto {
  version: number;
  publishedAt: string;
  changeNote: string | null;
  files: ReportFileDto[];
}

export interface ReportFileDto {
  format: ReportFileFormat;
  /** Bytes. */
  size: number;
  /** Public download address (under /api). */
  url: string;
}

/** GET /api/staff/consultations/:slug/report */
export interface StaffReportDto {
  state: ReportDraftState;
  /** The job generating or publishing (GET /api/jobs/:id), when one is running. */
  jobId: string | null;
  /** The draft's content (header edits included); null before the first generation. */
  draft: ReportContentDto | null;
  versions: ReportVersionSummaryDto[];
}

/** POST .../report/publish */
export interface PublishReportRequest {
  /** Required for a correction (version 2 onwards): what was corrected. */
  changeNote?: string;
}

export interface ReportJobStartedDto {
  jobId: string;
}

/** GET /api/consultations/:slug/report[/versions/:n] */
export interface PublishedReportDto {
  version: number;
  publishedAt: string;
  changeNote: string | null;
  content: ReportContentDto;
  files: ReportFileDto[];
  /** Every published version, newest first (earlier ones stay readable). */
  versions: ReportVersionSummaryDto[];
}
