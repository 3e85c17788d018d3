/**
 * Participation: residents' comments on a consultation's draft document, replies in threads,
 * and "I agree" marks. Plain TypeScript shared by the API and the web app.
 */

/** The commenter's position on the commented text. */
export enum Stance {
  Support = 'support',
  Oppose = 'oppose',
  Neutral = 'neutral',
  ProposesChange = 'proposes_change',
}

/** On whose behalf a comment is submitted (shown publicly, used in the final report). */
export enum SubmitterType {
  Resident = 'resident',
  Ngo = 'ngo',
  Business = 'business',
  PublicInstitution = 'public_institution',
  DistrictCouncillor = 'district_councillor',
  Other = 'other',
}

/**
 * Lifecycle of a comment or reply.
 * - pending: awaiting moderation (pre-moderated consultations); visible to its author and staff only.
 * - published: public; counted everywhere.
 * - rejected: a moderator refused it; the author sees the reason and note.
 * - hidden: was published, later hidden by a moderator.
 * - withdrawn: its author withdrew it.
 */
export enum CommentState {
  Pending = 'pending',
  Published = 'published',
  Rejected = 'rejected',
  Hidden = 'hidden',
  Withdrawn = 'withdrawn',
}

/** States that count and list publicly. */
export const PUBLIC_COMMENT_STATES: readonly CommentState[] = [CommentState.Published];

export enum CommentSort {
  Newest = 'newest',
  Oldest = 'oldest',
  MostAgreed = 'most_agreed',
}

/** What a comment is attached to: a whole section, one paragraph, or a quoted passage of a paragraph. */
export enum AnchorKind {
  Section = 'section',
  Paragraph = 'paragraph',
  Passage = 'passage',
}

/** Why a moderator rejected or hid a comment (filled in by the moderation feature). */
export enum RejectionReason {
  OffTopic = 'off_topic',
  Offensive = 'offensive',
  HateSpeech = 'hate_speech',
  PersonalData = 'personal_data',
  Spam = 'spam',
  Duplicate = 'duplicate',
  Other = 'other',
}

/** What the author chooses for their comments when deleting their account. */
export enum AccountDeletionMode {
  /** Keep published comments and replies with no link to the person and a neutral author label. */
  Anonymise = 'anonymise',
  /** Delete every comment and reply (and the agreements on them). */
  Delete = 'delete',
}

export const COMMENT_MIN_LENGTH = 10;
export const COMMENT_MAX_LENGTH = 5000;
export const PROPOSED_WORDING_MAX_LENGTH = 5000;
export const ORGANISATION_NAME_MAX_LENGTH = 200;
export const QUOTE_MAX_LENGTH = 1000;
export const REPLY_MIN_LENGTH = 2;
export const REPLY_MAX_LENGTH = 2000;
export const COMMENT_PAGE_DEFAULT_LIMIT = 20;
export const COMMENT_PAGE_MAX_LIMIT = 100;
export const REPLY_PAGE_DEFAULT_LIMIT = 50;
export const REPLY_PAGE_MAX_LIMIT = 200;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;

/** Send a fresh random value (e.g. a UUID) per submission; resend the same value when retrying it. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Author label of comments whose author deleted their account (the web app translates it). */
export const DELETED_AUTHOR_LABEL = 'Former participant';

/** Author label of a resident's comment received outside the platform and entered by staff (the web app translates it). */
export const OFF_PLATFORM_AUTHOR_LABEL = 'Submission received outside the platform';

export interface RejectionDto {
  reason: RejectionReason;
  note: string | null;
}

/** The city's decision on a comment (for the consultation report). */
export enum DispositionDecision {
  Noted = 'noted',
  Accepted = 'accepted',
  PartlyAccepted = 'partly_accepted',
  NotAccepted = 'not_accepted',
  FurtherWork = 'further_work',
}

/**
 * The city's approved decision on a comment with its justification. Public once approved (Polish consultation
 * reports publish the city's position on every comment); drafts are never shown outside the staff side.
 */
export interface DispositionDto {
  decision: DispositionDecision;
  /** The written justification (plain text). */
  explanation: string;
  /** When the shown version was approved. */
  decidedAt: string;
}

export interface CommentDto {
  id: string;
  consultationSlug: string;
  sectionKey: string;
  /** Null for comments on the section as a whole. */
  paragraphKey: string | null;
  /** The quoted passage (anchorKind passage), exactly as it occurred in the paragraph. */
  quote: string | null;
  anchorKind: AnchorKind;
  /** The document version number the comment was written on. */
  documentVersion: number;
  /** True when its paragraph no longer exists in the current version (show documentVersion then). */
  anchorMissing: boolean;
  text: string;
  stance: Stance;
  proposedWording: string | null;
  areaKey: string | null;
  submitterType: SubmitterType;
  organisationName: string | null;
  /** Display name; the organisation's name for organisations; DELETED_AUTHOR_LABEL for deleted accounts. */
  authorName: string;
  isMine: boolean;
  state: CommentState;
  /** Only for the author and staff, when rejected or hidden. */
  rejection: RejectionDto | null;
  /** True when the city has replied officially (a published official reply exists in the thread). */
  official: boolean;
  agreeCount: number;
  agreedByMe: boolean;
  /** Published replies in the thread. */
  replyCount: number;
  /** The city's decision once approved (latest approved version); null before. */
  disposition: DispositionDto | null;
  createdAt: string;
  editedAt: string | null;
}

export interface ReplyDto {
  id: string;
  /** The thread root. */
  commentId: string;
  /** The reply this one answers; null when it answers the comment (or its parent was deleted). */
  parentId: string | null;
  /** 1 for replies to the comment, 2 for replies to those, and so on (unlimited). */
  depth: number;
  text: string;
  authorName: string;
  isMine: boolean;
  /** A staff member's official answer on behalf of the city. */
  official: boolean;
  state: CommentState;
  /** Only for the author and staff, when rejected or hidden. */
  rejection: RejectionDto | null;
  agreeCount: number;
  agreedByMe: boolean;
  createdAt: string;
}

export interface CommentPageDto {
  items: CommentDto[];
  /** Opaque; pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  /** Published comments matching the filter (the signed-in author's own unpublished ones are not counted). */
  total: number;
}

/** A thread flattened in display order (depth-first, oldest first among siblings). */
export interface ReplyPageDto {
  items: ReplyDto[];
  nextCursor: string | null;
  /** Published replies in the thread. */
  total: number;
}

export interface ParagraphCommentCountDto {
  paragraphKey: string;
  /** Published comments on the paragraph or a passage of it. */
  count: number;
}

export interface SectionCommentCountsDto {
  sectionKey: string;
  /** Published comments anywhere in the section (whole section, its paragraphs, passages). */
  count: number;
  paragraphs: ParagraphCommentCountDto[];
}

export interface CommentCountsDto {
  /** Published comments on the whole consultation. */
  total: number;
  sections: SectionCommentCountsDto[];
}

export interface ListCommentsQuery {
  section?: string;
  paragraph?: string;
  sort?: CommentSort;
  cursor?: string;
  limit?: number;
}

export interface CreateCommentRequest {
  sectionKey: string;
  paragraphKey?: string;
  /** Requires paragraphKey; must occur verbatim in that paragraph's text. */
  quote?: string;
  text: string;
  stance: Stance;
  proposedWording?: string;
  areaKey?: string;
  submitterType: SubmitterType;
  /** Required unless submitterType is resident. */
  organisationName?: string;
  personalDataConsent: true;
  /** Honeypot: a hidden field people leave empty. */
  website?: string;
}

export interface UpdateCommentRequest {
  text?: string;
  stance?: Stance;
  /** null clears it. */
  proposedWording?: string | null;
  /** null clears it. */
  areaKey?: string | null;
}

export interface CreateReplyRequest {
  text: string;
  /** Reply to this reply (in the same thread) instead of the comment itself. */
  parentId?: string;
  /** Staff only: an official answer on behalf of the city. */
  official?: boolean;
  /** Honeypot: a hidden field people leave empty. */
  website?: string;
}

export interface AgreementDto {
  agreeCount: number;
  agreedByMe: boolean;
}

export interface MyCommentDto extends CommentDto {
  consultationTitle: string;
  /** The city's official replies in this comment's thread (published). */
  officialReplies: ReplyDto[];
}

export interface MyReplyDto extends ReplyDto {
  consultationSlug: string;
  consultationTitle: string;
}

export interface MyParticipationDto {
  comments: MyCommentDto[];
  replies: MyReplyDto[];
}

export interface DeleteAccountRequest {
  password: string;
  comments: AccountDeletionMode;
}

export interface MyAgreementExportDto {
  commentId: string | null;
  replyId: string | null;
  createdAt: string;
}

/** GET /api/me/data: everything stored about the signed-in person (downloaded as JSON). */
export interface MyDataExportDto {
  exportedAt: string;
  account: {
    id: string;
    email: string;
    displayName: string;
    role: string;
    emailVerified: boolean;
    locale: string;
    createdAt: string;
  };
  comments: MyCommentDto[];
  replies: MyReplyDto[];
  agreements: MyAgreementExportDto[];
}
