import { ErrorCode } from './errors';
import { CommentState, DispositionDecision, RejectionDto, RejectionReason, Stance, SubmitterType } from './participation';

/**
 * Moderation: automatic flags on submissions, the staff queue, decisions. Plain TypeScript shared by
 * the API and the web app. (The moderation feature extends this file.)
 */

/** Why the automatic flagger marked a submission for a moderator's attention. */
export enum FlagReason {
  /** Profanity or a slur (Polish or English, inflected forms included). */
  Profanity = 'profanity',
  /** Personal data: a PESEL number, a phone number, an e-mail address or a bank account (IBAN). */
  PersonalData = 'personal_data',
  /** A web link. */
  Link = 'link',
  /** Nearly the same text as other comments (copy-paste campaigns are grouped, not rejected). */
  NearDuplicate = 'near_duplicate',
  /** The author or the connection posted unusually often. */
  PostingRate = 'posting_rate',
}

/** The kind of personal data found (detail of FlagReason.PersonalData). */
export enum PersonalDataKind {
  Pesel = 'pesel',
  Phone = 'phone',
  Email = 'email',
  Iban = 'iban',
}

/**
 * A resident's report was the reason for holding the item: the report threshold was reached and a
 * published comment or reply went back to pending until a moderator decides.
 */
export const REPORTS_FLAG_REASON = 'reports' as const;

/** Why an item is in the queue: one of the flagger's reasons, or enough residents' reports. */
export type QueueFlagReason = FlagReason | typeof REPORTS_FLAG_REASON;

/** What staff moderate: a comment, or a reply in a comment's thread. */
export enum ModerationItemType {
  Comment = 'comment',
  Reply = 'reply',
}

/** How a submission reached the city: online, or entered by staff from a letter, an e-mail or a meeting. */
export enum SubmissionChannel {
  Online = 'online',
  Paper = 'paper',
  Email = 'email',
  Meeting = 'meeting',
}

export enum ModerationQueueSort {
  Newest = 'newest',
  Oldest = 'oldest',
  /** Most automatic flags first (ties: newest first). */
  MostFlags = 'most_flags',
  /** Most residents' reports first (ties: newest first). */
  MostReports = 'most_reports',
}

export enum ClaimFilter {
  /** Items the signed-in moderator holds (claim not expired). */
  Mine = 'mine',
  /** Items nobody holds (never claimed, released, or the claim expired). */
  Unclaimed = 'unclaimed',
}

/** Why a resident reports a published comment or reply (same list as the rejection reasons). */
export enum ReportReason {
  Offensive = 'offensive',
  HateSpeech = 'hate_speech',
  Spam = 'spam',
  OffTopic = 'off_topic',
  PersonalData = 'personal_data',
  Other = 'other',
}

/** What the audit log records. */
export enum AuditAction {
  Approve = 'approve',
  Reject = 'reject',
  Hide = 'hide',
  Restore = 'restore',
  Redact = 'redact',
  /** The report threshold was reached: a published item went back to pending (actor null: the system). */
  HoldForReports = 'hold_for_reports',
  UpdateSettings = 'update_settings',
  UpdateWordList = 'update_word_list',
  DraftDisposition = 'draft_disposition',
  EditDisposition = 'edit_disposition',
  WithdrawDisposition = 'withdraw_disposition',
  ApproveDisposition = 'approve_disposition',
  /** Staff entered a comment received on paper, by e-mail or at a meeting. */
  EnterSubmission = 'enter_submission',
  // themes (issue 5)
  CreateTheme = 'create_theme',
  UpdateTheme = 'update_theme',
  DeleteTheme = 'delete_theme',
  MergeThemes = 'merge_themes',
  AssignThemes = 'assign_themes',
  UnassignThemes = 'unassign_themes',
  AcceptSuggestion = 'accept_suggestion',
  RejectSuggestion = 'reject_suggestion',
  AcceptProposal = 'accept_proposal',
  RenameProposal = 'rename_proposal',
  MergeProposals = 'merge_proposals',
  SplitProposal = 'split_proposal',
  DiscardProposal = 'discard_proposal',
  // reports (issue 6)
  GenerateReport = 'generate_report',
  EditReport = 'edit_report',
  PublishReport = 'publish_report',
  LinkDocumentChange = 'link_document_change',
}

export enum AuditTargetType {
  Comment = 'comment',
  Reply = 'reply',
  Consultation = 'consultation',
  WordList = 'word_list',
  Theme = 'theme',
  ThemeSuggestion = 'theme_suggestion',
  ThemeProposal = 'theme_proposal',
  Report = 'report',
  DocumentChange = 'document_change',
}

/** One version of the city's decision on a comment. */
export enum DispositionState {
  /** Being prepared: editable, not shown to the author or the public. */
  Draft = 'draft',
  /** Approved: shown to the author and the public; never changed (a revision is a new version). */
  Approved = 'approved',
  /** A draft given up before approval (kept for the history). */
  Withdrawn = 'withdrawn',
}

/** Where a comment stands with its disposition, for the queue's badge and filter. */
export enum DispositionProgress {
  /** No draft and no approved version. */
  None = 'none',
  /** A draft waits for approval (there may also be an earlier approved version). */
  Draft = 'draft',
  /** An approved version exists and no new draft is open. */
  Approved = 'approved',
}

export const DISPOSITION_JUSTIFICATION_MIN_LENGTH = 10;
export const DISPOSITION_JUSTIFICATION_MAX_LENGTH = 5000;
export const BULK_DISPOSITION_MAX = 500;

/** One version of a disposition as staff see it (history included). */
export interface StaffDispositionDto {
  id: string;
  commentId: string;
  version: number;
  decision: DispositionDecision;
  justification: string;
  state: DispositionState;
  draftedById: string | null;
  draftedByName: string;
  approvedByName: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DraftDispositionRequest {
  decision: DispositionDecision;
  /** Plain text, DISPOSITION_JUSTIFICATION_MIN_LENGTH–MAX_LENGTH characters after trimming. */
  justification: string;
}

/**
 * The same draft for many comments at once, all or nothing: exactly one of `commentIds` (1–BULK_DISPOSITION_MAX) or
 * `duplicateGroupId` (every comment of that near-duplicate group).
 */
export interface BulkDispositionRequest extends DraftDispositionRequest {
  commentIds?: string[];
  duplicateGroupId?: string;
}

export interface BulkDispositionResultDto {
  drafts: StaffDispositionDto[];
}

export const SUBMITTER_NAME_MAX_LENGTH = 120;

/**
 * A comment the city received outside the platform, entered by a staff member. It becomes an ordinary comment (same
 * screening, queue, themes and report) authored by that staff member but shown publicly with the submitter type and
 * organisation (or OFF_PLATFORM_AUTHOR_LABEL), never the staff member's or the submitter's name.
 */
export interface OffPlatformSubmissionRequest {
  /** Not online. */
  channel: SubmissionChannel;
  /** ISO date-time; not in the future, not before the consultation opened, not after it closed. */
  receivedAt: string;
  submitterType: SubmitterType;
  /** Required unless submitterType is resident. */
  organisationName?: string;
  /** Staff only, never public. */
  submitterName?: string;
  sectionKey: string;
  paragraphKey?: string;
  /** Requires paragraphKey; must occur verbatim in that paragraph. */
  quote?: string;
  stance: Stance;
  text: string;
  proposedWording?: string;
  areaKey?: string;
}

/** What staff see instead of redacted personal data (the city's language; consultations are in Polish). */
export const REDACTION_PLACEHOLDER = '[usunięto dane osobowe]';

/** How long a claim holds an item unless the server is configured otherwise (MODERATION_CLAIM_MINUTES). */
export const DEFAULT_CLAIM_MINUTES = 10;
export const CLAIM_BATCH_MAX = 50;
export const BULK_DECISION_MAX = 100;
export const MODERATION_PAGE_DEFAULT_LIMIT = 25;
export const MODERATION_PAGE_MAX_LIMIT = 100;
export const MODERATION_NOTE_MAX_LENGTH = 1000;
export const REPORT_NOTE_MAX_LENGTH = 500;
export const DEFAULT_REPORT_THRESHOLD = 3;
export const REPORT_THRESHOLD_MAX = 100;
export const SEARCH_QUERY_MAX_LENGTH = 200;
export const AUDIT_PAGE_DEFAULT_LIMIT = 50;
export const AUDIT_PAGE_MAX_LIMIT = 200;
/** Word list text an admin edits (one entry per line); the whole text. */
export const WORD_LIST_MAX_LENGTH = 200_000;

/** One automatic flag on an item, with where it matched so the UI can highlight it. */
export interface ModerationFlagDto {
  reason: QueueFlagReason;
  /** What exactly: the word list entry, the PersonalDataKind, the similar item's id, the rate counted… */
  detail: string;
  /** UTF-16 offsets in the item's current text; null for flags about the whole item (near-duplicate, posting rate, reports). */
  start: number | null;
  end: number | null;
  /** The matched text as it occurred; null like the offsets. */
  match: string | null;
  createdAt: string;
}

/** Who holds an item, until when. */
export interface ClaimDto {
  moderatorId: string;
  moderatorName: string;
  /** True when the signed-in moderator holds it. */
  mine: boolean;
  expiresAt: string;
}

/** One row of the moderation queue. */
export interface ModerationQueueItemDto {
  type: ModerationItemType;
  id: string;
  /** The thread root: the comment itself, or the comment a reply belongs to. */
  commentId: string;
  consultationSlug: string;
  consultationTitle: string;
  /** For replies: the section of their comment. */
  sectionKey: string;
  paragraphKey: string | null;
  /** The current text (after any redaction). */
  text: string;
  /** Comments only (null for replies). */
  stance: Stance | null;
  proposedWording: string | null;
  areaKey: string | null;
  submitterType: SubmitterType | null;
  organisationName: string | null;
  authorName: string;
  /** Replies: an official answer of the city. Comments: always false. */
  official: boolean;
  state: CommentState;
  /** The reason and note given with the last rejection or hiding. */
  rejection: RejectionDto | null;
  channel: SubmissionChannel;
  /** Off-platform submissions: when the city received it (null online). */
  receivedAt: string | null;
  /** Off-platform submissions: the submitter's name if given (personal data: staff only). */
  submitterName: string | null;
  /** Distinct flag reasons, for badges. */
  flagReasons: QueueFlagReason[];
  flagCount: number;
  /** Residents' reports received in total. */
  reportCount: number;
  /** Items whose text is nearly the same share this id (the first item's id); null when unique. */
  duplicateGroupId: string | null;
  /** Items in the duplicate group (0 when none). */
  duplicateGroupSize: number;
  claim: ClaimDto | null;
  /** True once staff redacted the text. */
  redacted: boolean;
  /** Comments: where the city's decision stands; replies: always none. */
  disposition: DispositionProgress;
  createdAt: string;
}

export interface ModerationQueuePageDto {
  items: ModerationQueueItemDto[];
  /** Opaque; pass as `cursor` for the next page (only valid with the same sort); null on the last page. */
  nextCursor: string | null;
}

/** A report as staff see it: the reporter's identity is never shown (staff or author). */
export interface ModerationReportDto {
  reason: ReportReason;
  note: string | null;
  createdAt: string;
}

/** A previous wording of a comment, from its author's edits while pending. */
export interface ModerationRevisionDto {
  text: string;
  stance: Stance;
  proposedWording: string | null;
  areaKey: string | null;
  /** When this wording was replaced. */
  replacedAt: string;
}

/** A staff redaction: the text before and after it, who did it and when (staff only). */
export interface RedactionDto {
  originalText: string;
  redactedText: string;
  redactedByName: string;
  createdAt: string;
}

export interface ModerationItemDetailDto extends ModerationQueueItemDto {
  flags: ModerationFlagDto[];
  /** Comments: earlier wordings (oldest first); replies: always empty. */
  revisions: ModerationRevisionDto[];
  reports: ModerationReportDto[];
  /** Oldest first. */
  redactions: RedactionDto[];
  /** Other items in the same near-duplicate group (ids, at most 50). */
  duplicateIds: string[];
  /** Comments: every version of the city's decision, oldest first (replies: empty). */
  dispositions: StaffDispositionDto[];
}

export interface ModerationQueueQuery {
  type?: ModerationItemType;
  /** Consultation slug; every consultation when omitted. */
  consultation?: string;
  /** Default pending. */
  state?: CommentState;
  section?: string;
  stance?: Stance;
  area?: string;
  channel?: SubmissionChannel;
  flag?: QueueFlagReason;
  /** true: only items with at least one report; false: only items without. */
  reported?: boolean;
  claim?: ClaimFilter;
  /** Comments only: where the city's decision stands. */
  disposition?: DispositionProgress;
  /** Words to search for (prefixes; diacritics optional: "zrodlo" finds "źródło"). */
  q?: string;
  sort?: ModerationQueueSort;
  cursor?: string;
  limit?: number;
}

export interface ClaimBatchRequest {
  type?: ModerationItemType;
  /** Consultation slug; every consultation when omitted. */
  consultation?: string;
  /** How many pending, unclaimed items to take (oldest first), 1–CLAIM_BATCH_MAX. */
  count: number;
}

export interface ClaimBatchDto {
  items: ModerationQueueItemDto[];
}

export interface RejectRequest {
  reason: RejectionReason;
  /** Shown to the author. */
  note?: string;
}

export type HideRequest = RejectRequest;

export interface RedactionRange {
  /** UTF-16 offsets in the current text, start < end. */
  start: number;
  end: number;
}

/**
 * Exactly one of the two: `ranges` are replaced with REDACTION_PLACEHOLDER (non-overlapping, within the text),
 * or `text` replaces the whole text (for edits a placeholder cannot express).
 */
export interface RedactRequest {
  ranges?: RedactionRange[];
  text?: string;
}

export enum BulkAction {
  Approve = 'approve',
  Reject = 'reject',
}

export interface BulkDecisionRequest {
  type?: ModerationItemType;
  action: BulkAction;
  /** 1–BULK_DECISION_MAX distinct ids. */
  ids: string[];
  /** Required for reject. */
  reason?: RejectionReason;
  note?: string;
}

/** Per item: each id is decided in its own transaction, so one invalid id does not undo the others. */
export interface BulkDecisionItemResultDto {
  id: string;
  ok: boolean;
  /** Why this one was refused (e.g. MODERATION_NOT_PENDING, ITEM_CLAIMED); null when ok. */
  code: ErrorCode | null;
}

export interface BulkDecisionResultDto {
  results: BulkDecisionItemResultDto[];
  succeeded: number;
  failed: number;
}

export interface CreateReportRequest {
  reason: ReportReason;
  note?: string;
}

/** What the reporter gets back: only that it was received (never the count or who else reported). */
export interface ReportReceiptDto {
  reason: ReportReason;
  createdAt: string;
}

/** Moderation settings of one consultation. */
export interface ModerationSettingsDto {
  consultationSlug: string;
  /** Reports after which a published item goes back to pending until a moderator decides (default 3). */
  reportThreshold: number;
  /** True: whoever drafts a disposition may approve it; false (default): a second staff member approves. */
  singleStepDispositions: boolean;
  updatedAt: string | null;
}

/** Only the fields sent change. */
export interface UpdateModerationSettingsRequest {
  reportThreshold?: number;
  singleStepDispositions?: boolean;
}

/**
 * The city-wide word lists of the profanity flagger (one list per language; the same for every consultation).
 * Text format: one entry per line; see the admin page for the syntax (stems, whole words, exceptions, # comments).
 */
export enum WordListKey {
  Polish = 'pl',
  English = 'en',
  /** Words never flagged even when an entry would match them (e.g. "pieprz" the spice). */
  Allow = 'allow',
}

export interface WordListDto {
  key: WordListKey;
  text: string;
  /** True while the built-in default list is used (never edited). */
  isDefault: boolean;
  updatedAt: string | null;
  updatedByName: string | null;
}

export interface UpdateWordListRequest {
  text: string;
}

export interface AuditEntryDto {
  id: string;
  /** Null for the system (e.g. the report threshold). */
  actorId: string | null;
  /** The actor's name when the action happened; "system" for the system. */
  actorName: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  consultationId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  nextCursor: string | null;
}

export interface AuditLogQuery {
  actor?: string;
  action?: AuditAction;
  /** Consultation slug. */
  consultation?: string;
  /** ISO date-time, inclusive. */
  from?: string;
  /** ISO date-time, exclusive. */
  to?: string;
  cursor?: string;
  limit?: number;
}
