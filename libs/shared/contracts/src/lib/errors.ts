/**
 * Stable error codes returned by the API as `{ statusCode, code, message }`.
 * The web app translates `code`; the message is the English fallback.
 */
export enum ErrorCode {
  // generic
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  CsrfTokenInvalid = 'CSRF_TOKEN_INVALID',
  RateLimited = 'RATE_LIMITED',
  Internal = 'INTERNAL_ERROR',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',

  // identity
  EmailTaken = 'EMAIL_TAKEN',
  PasswordTooWeak = 'PASSWORD_TOO_WEAK',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  LoginThrottled = 'LOGIN_THROTTLED',
  TokenInvalid = 'TOKEN_INVALID',
  TokenExpired = 'TOKEN_EXPIRED',
  TokenUsed = 'TOKEN_USED',
  EmailAlreadyVerified = 'EMAIL_ALREADY_VERIFIED',
  EmailNotVerified = 'EMAIL_NOT_VERIFIED',
  WrongPassword = 'WRONG_PASSWORD',

  // consultation
  SlugInvalid = 'SLUG_INVALID',
  SlugTaken = 'SLUG_TAKEN',
  ConsultationNotFound = 'CONSULTATION_NOT_FOUND',
  ConsultationDatesInvalid = 'CONSULTATION_DATES_INVALID',
  AreaInvalid = 'AREA_INVALID',
  MarkdownInvalid = 'MARKDOWN_INVALID',
  DocumentVersionNotFound = 'DOCUMENT_VERSION_NOT_FOUND',

  // participation
  ConsultationNotOpen = 'CONSULTATION_NOT_OPEN',
  SectionNotFound = 'SECTION_NOT_FOUND',
  ParagraphNotFound = 'PARAGRAPH_NOT_FOUND',
  QuoteNotInParagraph = 'QUOTE_NOT_IN_PARAGRAPH',
  AreaUnknown = 'AREA_UNKNOWN',
  OrganisationNameRequired = 'ORGANISATION_NAME_REQUIRED',
  ConsentRequired = 'CONSENT_REQUIRED',
  CommentNotFound = 'COMMENT_NOT_FOUND',
  ReplyNotFound = 'REPLY_NOT_FOUND',
  ReplyTargetNotAvailable = 'REPLY_TARGET_NOT_AVAILABLE',
  AlreadyAgreed = 'ALREADY_AGREED',
  NotAgreed = 'NOT_AGREED',
  CannotAgreeWithOwn = 'CANNOT_AGREE_WITH_OWN',
  CommentNotEditable = 'COMMENT_NOT_EDITABLE',
  CommentNotWithdrawable = 'COMMENT_NOT_WITHDRAWABLE',
  IdempotencyKeyConflict = 'IDEMPOTENCY_KEY_CONFLICT',
  IdempotencyKeyInvalid = 'IDEMPOTENCY_KEY_INVALID',
  SuspectedBot = 'SUSPECTED_BOT',
  TextInvalid = 'TEXT_INVALID',
  CursorInvalid = 'CURSOR_INVALID',

  // background jobs
  JobNotFound = 'JOB_NOT_FOUND',
  JobFailed = 'JOB_FAILED',

  // moderation
  ModerationNotPending = 'MODERATION_NOT_PENDING',
  ModerationNotPublished = 'MODERATION_NOT_PUBLISHED',
  ModerationNotHidden = 'MODERATION_NOT_HIDDEN',
  ModerationNotRedactable = 'MODERATION_NOT_REDACTABLE',
  RedactionInvalid = 'REDACTION_INVALID',
  ItemClaimed = 'ITEM_CLAIMED',
  ItemNotClaimed = 'ITEM_NOT_CLAIMED',
  AlreadyReported = 'ALREADY_REPORTED',
  CannotReportOwn = 'CANNOT_REPORT_OWN',
  ReportTargetNotAvailable = 'REPORT_TARGET_NOT_AVAILABLE',
  SearchQueryInvalid = 'SEARCH_QUERY_INVALID',
  DateRangeInvalid = 'DATE_RANGE_INVALID',
  WordListInvalid = 'WORD_LIST_INVALID',
  DispositionNotFound = 'DISPOSITION_NOT_FOUND',
  DispositionNotDraft = 'DISPOSITION_NOT_DRAFT',
  DispositionDraftExists = 'DISPOSITION_DRAFT_EXISTS',
  DispositionSelfApproval = 'DISPOSITION_SELF_APPROVAL',
  DispositionNotAllowed = 'DISPOSITION_NOT_ALLOWED',
  SubmissionDateInvalid = 'SUBMISSION_DATE_INVALID',

  // themes (issue 5)
  ThemeNotFound = 'THEME_NOT_FOUND',
  ThemeNameTaken = 'THEME_NAME_TAKEN',
  ThemeLimitReached = 'THEME_LIMIT_REACHED',
  ThemeMergeInvalid = 'THEME_MERGE_INVALID',
  ThemeSuggestionNotFound = 'THEME_SUGGESTION_NOT_FOUND',
  ThemeSuggestionNotPending = 'THEME_SUGGESTION_NOT_PENDING',
  ThemeDiscoveryNotFound = 'THEME_DISCOVERY_NOT_FOUND',
  ThemeProposalNotFound = 'THEME_PROPOSAL_NOT_FOUND',
  ThemeProposalNotOpen = 'THEME_PROPOSAL_NOT_OPEN',
  ThemeProposalsNotMergeable = 'THEME_PROPOSALS_NOT_MERGEABLE',
  ThemeProposalNotSplittable = 'THEME_PROPOSAL_NOT_SPLITTABLE',
  QualitySampleNotFound = 'QUALITY_SAMPLE_NOT_FOUND',
  QualitySampleItemNotFound = 'QUALITY_SAMPLE_ITEM_NOT_FOUND',

  // reports (issue 6)
  ReportNotPublished = 'REPORT_NOT_PUBLISHED',
  ReportConsultationNotClosed = 'REPORT_CONSULTATION_NOT_CLOSED',
  ReportDraftMissing = 'REPORT_DRAFT_MISSING',
  ReportChangeNoteRequired = 'REPORT_CHANGE_NOTE_REQUIRED',
  ReportBusy = 'REPORT_BUSY',

  // document diff (issue 6)
  DocumentDiffRangeInvalid = 'DOCUMENT_DIFF_RANGE_INVALID',
  DocumentChangeNotFound = 'DOCUMENT_CHANGE_NOT_FOUND',
  DocumentChangeLinkInvalid = 'DOCUMENT_CHANGE_LINK_INVALID',
}

export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  /** Field-level details for VALIDATION_FAILED and MARKDOWN_INVALID. */
  details?: ApiErrorDetail[];
}

export interface ApiErrorDetail {
  /** Field name (validation) or "line N" (Markdown). */
  field?: string;
  line?: number;
  message: string;
}
