export enum ConsultationStatus {
  Draft = 'draft',
  Scheduled = 'scheduled',
  Open = 'open',
  Closed = 'closed',
  ReportPublished = 'report_published',
}

export enum ModerationMode {
  Pre = 'pre',
  Post = 'post',
}

export enum ParagraphKind {
  Text = 'text',
  ListItem = 'list_item',
}

/** Slugs: lower-case letters, digits and single hyphens, 3–80 characters. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 80;

export interface AreaDto {
  key: string;
  name: string;
}

export interface ConsultationSummaryDto {
  slug: string;
  title: string;
  summary: string;
  status: ConsultationStatus;
  opensAt: string | null;
  closesAt: string | null;
  moderationMode: ModerationMode;
}

export interface ConsultationDetailDto extends ConsultationSummaryDto {
  areas: AreaDto[];
  /** The current document version, or null before the first import. */
  document: DocumentVersionDto | null;
  createdAt: string;
  updatedAt: string;
}

export interface ParagraphDto {
  /** Stable key: survives new versions when the paragraph is unchanged or lightly edited. */
  key: string;
  position: number;
  kind: ParagraphKind;
  text: string;
}

export interface SectionDto {
  key: string;
  position: number;
  title: string;
  paragraphs: ParagraphDto[];
}

export interface DocumentVersionDto {
  number: number;
  title: string;
  changeNote: string | null;
  createdAt: string;
  sections: SectionDto[];
}

export interface DocumentVersionSummaryDto {
  number: number;
  title: string;
  changeNote: string | null;
  createdAt: string;
  sectionCount: number;
  paragraphCount: number;
}

export interface CreateConsultationRequest {
  slug: string;
  title: string;
  summary: string;
  opensAt?: string | null;
  closesAt?: string | null;
  moderationMode: ModerationMode;
  areas?: AreaDto[];
  /** false keeps it a draft (not public). */
  published?: boolean;
}

export type UpdateConsultationRequest = Partial<Omit<CreateConsultationRequest, 'slug'>>;

export interface ImportDocumentRequest {
  markdown: string;
  changeNote?: string;
}

export interface ImportDocumentResultDto {
  version: DocumentVersionDto;
  /** How many paragraph keys were carried over from the previous version. */
  carriedOver: number;
  /** How many paragraphs got new keys. */
  added: number;
  /** How many paragraphs of the previous version have no successor. */
  removed: number;
}

/** One piece of a word-level diff. */
export interface WordDiffPartDto {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export enum ParagraphChangeKind {
  Added = 'added',
  Removed = 'removed',
  Changed = 'changed',
}

/**
 * A paragraph-level change between two document versions. Paragraphs are matched by their stable key (which
 * survives light edits); `words` is the word-level diff of a changed paragraph (empty for added/removed).
 */
export interface ParagraphChangeDto {
  kind: ParagraphChangeKind;
  paragraphKey: string;
  sectionKey: string;
  sectionTitle: string;
  before: string | null;
  after: string | null;
  words: WordDiffPartDto[];
  /** Themes and comments staff linked to this change ("what led to it"); empty when none. */
  themeIds: string[];
  commentIds: string[];
}

/** GET /api/consultations/:slug/versions/diff?from=1&to=2 */
export interface DocumentDiffDto {
  fromVersion: number;
  toVersion: number;
  changes: ParagraphChangeDto[];
  /** Section-level: sections added, removed or retitled, by key. */
  sectionsAdded: string[];
  sectionsRemoved: string[];
}

/** PUT /api/staff/consultations/:slug/versions/:to/changes/:paragraphKey/links */
export interface ChangeLinksRequest {
  themeIds: string[];
  commentIds: string[];
}
