/**
 * Themes (issue 5): staff group a consultation's comments into themes, helped by suggestions of existing themes
 * and by the discovery of new ones. Plain TypeScript shared by the API and the web app.
 *
 * Staff routes live under /api/staff/consultations/:slug/themes (moderator or admin); none are public.
 */
import { Stance } from './participation';

export const THEME_NAME_MIN_LENGTH = 2;
export const THEME_NAME_MAX_LENGTH = 120;
export const THEME_DESCRIPTION_MAX_LENGTH = 1000;
/** "You said, we did": the city's answer to a theme, shown in the report. */
export const THEME_RESPONSE_MAX_LENGTH = 5000;
export const THEMES_PER_CONSULTATION_MAX = 200;
export const THEME_ASSIGNMENT_BULK_MAX = 500;
export const THEME_REPRESENTATIVES = 3;
export const QUALITY_SAMPLE_MAX = 200;

/**
 * Theme colours: a fixed palette, each with at least 4.5:1 contrast against white text and 3:1 against the page,
 * so a colour swatch never carries meaning alone (the name is always shown beside it).
 */
export const THEME_COLOURS = [
  '#1f5fa8',
  '#8a2b8f',
  '#b03a2e',
  '#1e7a46',
  '#8c5a00',
  '#0e6f77',
  '#5b4bb7',
  '#a3385f',
  '#4f6228',
  '#6b5a4a',
  '#2d5f8a',
  '#7a3d00',
] as const;
export type ThemeColour = (typeof THEME_COLOURS)[number];

/** Where a theme came from. */
export enum ThemeOrigin {
  /** Created by staff by hand. */
  Staff = 'staff',
  /** Seeded from a list (for Kraków: the key elements of the draft mission). */
  Seed = 'seed',
  /** Accepted from a discovery proposal. */
  Discovery = 'discovery',
}

/** How an assignment of a comment to a theme was made. */
export enum ThemeAssignmentSource {
  Staff = 'staff',
  /** A suggestion a staff member accepted. */
  Suggestion = 'suggestion',
  /** Created when a discovery proposal was accepted. */
  Discovery = 'discovery',
}

export type StanceCounts = Record<Stance, number>;

export interface ThemeDto {
  id: string;
  name: string;
  description: string;
  colour: ThemeColour;
  origin: ThemeOrigin;
  /** The city's answer to the theme (plain text), or null until staff write one. */
  response: string | null;
  /** Comments assigned (any state but withdrawn; the overview and report count published ones). */
  commentCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateThemeRequest {
  name: string;
  description?: string;
  /** Default: the first palette colour not yet used in the consultation. */
  colour?: ThemeColour;
}

export interface UpdateThemeRequest {
  name?: string;
  description?: string;
  colour?: ThemeColour;
  response?: string | null;
}

/** POST themes/seed: create several themes at once; names already present are skipped (idempotent). */
export interface SeedThemesRequest {
  themes: CreateThemeRequest[];
}

export interface SeedThemesResultDto {
  created: ThemeDto[];
  skipped: string[];
}

/** POST themes/:id/merge: every assignment of this theme moves to `intoThemeId`, then this theme is deleted. */
export interface MergeThemesRequest {
  intoThemeId: string;
}

/** POST themes/assignments and DELETE-like POST themes/assignments/remove: bulk, all-or-nothing. */
export interface ThemeAssignmentRequest {
  themeId: string;
  /** Comment ids (not replies). */
  commentIds: string[];
}

export interface ThemeAssignmentResultDto {
  themeId: string;
  /** How many assignments were created or removed (already-present ones are not counted twice). */
  changed: number;
  theme: ThemeDto;
}

export interface ThemeRefDto {
  id: string;
  name: string;
  colour: ThemeColour;
}

export interface AssignedThemeDto extends ThemeRefDto {
  source: ThemeAssignmentSource;
}

/** A comment as staff see it on the themes pages. */
export interface ThemeCommentDto {
  id: string;
  text: string;
  stance: Stance;
  sectionKey: string;
  sectionTitle: string;
  areaKey: string | null;
  createdAt: string;
  themes: AssignedThemeDto[];
}

export interface ThemeCommentPageDto {
  items: ThemeCommentDto[];
  nextCursor: string | null;
  /** Comments matching the filter (exact). */
  total: number;
}

/** GET themes/comments: the comments to theme, filtered. */
export interface ThemeCommentQuery {
  /** A theme id, or 'none' for comments no theme covers. */
  theme?: string;
  search?: string;
  cursor?: string;
  limit?: number;
}

export enum SuggestionState {
  Pending = 'pending',
  Accepted = 'accepted',
  Rejected = 'rejected',
}

export interface ThemeSuggestionDto {
  id: string;
  commentId: string;
  commentText: string;
  theme: ThemeRefDto;
  /** 0..1 */
  confidence: number;
  state: SuggestionState;
  createdAt: string;
}

export interface ThemeSuggestionPageDto {
  items: ThemeSuggestionDto[];
  nextCursor: string | null;
  total: number;
}

export enum ProposalState {
  Open = 'open',
  Accepted = 'accepted',
  Discarded = 'discarded',
  /** Merged into another proposal (see mergedIntoId). */
  Merged = 'merged',
  /** Replaced by the proposals a split produced. */
  Split = 'split',
}

export interface RepresentativeCommentDto {
  commentId: string;
  text: string;
  stance: Stance;
}

/** A group of similar comments that no theme covers, proposed as a new theme. */
export interface ThemeProposalDto {
  id: string;
  /** The discovery run that made it (or the split/merge that derived it). */
  runId: string;
  /** Editable; starts as the keywords joined. */
  name: string;
  keywords: string[];
  size: number;
  stance: StanceCounts;
  representatives: RepresentativeCommentDto[];
  state: ProposalState;
  /** Set once accepted. */
  themeId: string | null;
  createdAt: string;
}

export interface DiscoveryRunDto {
  id: string;
  /** The job that computes it (GET /api/jobs/:id for progress). */
  jobId: string;
  /** Comments the run looked at (published comments no theme covers, at the time it started). */
  commentCount: number;
  createdAt: string;
  finishedAt: string | null;
  proposals: ThemeProposalDto[];
}

export interface AcceptProposalRequest {
  name?: string;
  description?: string;
  colour?: ThemeColour;
}

export interface RenameProposalRequest {
  name: string;
}

export interface MergeProposalsRequest {
  /** Two or more open proposals of the same run; the result keeps the first one's name. */
  proposalIds: string[];
}

/** A started background job (POST .../suggestions/run, .../discovery). */
export interface ThemeJobStartedDto {
  jobId: string;
}

/** POST themes/quality/sample: draw a random sample of published comments for staff to code by hand. */
export interface QualitySampleRequest {
  size: number;
}

export interface QualitySampleItemDto {
  commentId: string;
  text: string;
  /** The staff member's own coding so far (null until coded). */
  codedThemeIds: string[] | null;
}

export interface QualitySampleDto {
  id: string;
  createdAt: string;
  items: QualitySampleItemDto[];
}

/** PUT themes/quality/samples/:id/items/:commentId */
export interface CodeSampleItemRequest {
  themeIds: string[];
}

export interface ThemeQualityRowDto {
  theme: ThemeRefDto;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Sample comments staff coded with this theme. */
  support: number;
}

/** How far the suggestions agree with a staff member's own coding of the sample. */
export interface ThemeQualityDto {
  sampleId: string;
  coded: number;
  sampleSize: number;
  rows: ThemeQualityRowDto[];
  macroF1: number | null;
  microPrecision: number | null;
  microRecall: number | null;
  microF1: number | null;
}

export interface CountByKeyDto {
  key: string;
  label: string;
  count: number;
}

export interface ThemeOverviewRowDto {
  theme: ThemeDto;
  /** Published comments with the theme. */
  count: number;
  stance: StanceCounts;
  areas: CountByKeyDto[];
  sections: CountByKeyDto[];
  representatives: RepresentativeCommentDto[];
}

export interface ThemeOverviewDto {
  consultationSlug: string;
  publishedComments: number;
  /** Published comments no theme covers. */
  uncovered: number;
  themes: ThemeOverviewRowDto[];
}
