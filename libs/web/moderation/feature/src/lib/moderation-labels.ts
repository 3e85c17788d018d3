import {
  CommentState,
  FlagReason,
  ModerationItemType,
  ModerationQueueSort,
  QueueFlagReason,
  REPORTS_FLAG_REASON,
  RejectionReason,
  ReportReason,
} from '@consulta/shared/contracts';
import { TranslationKey } from '@consulta/web/core';

/** Dictionary keys for moderation enums shown to staff. */
export const FLAG_REASON_LABEL: Record<QueueFlagReason, TranslationKey> = {
  [FlagReason.Profanity]: 'moderation.flag.profanity',
  [FlagReason.PersonalData]: 'moderation.flag.personal_data',
  [FlagReason.Link]: 'moderation.flag.link',
  [FlagReason.NearDuplicate]: 'moderation.flag.near_duplicate',
  [FlagReason.PostingRate]: 'moderation.flag.posting_rate',
  [REPORTS_FLAG_REASON]: 'moderation.flag.reports',
};

export const QUEUE_FLAG_REASONS: readonly QueueFlagReason[] = [...Object.values(FlagReason), REPORTS_FLAG_REASON];

export const ITEM_TYPE_LABEL: Record<ModerationItemType, TranslationKey> = {
  [ModerationItemType.Comment]: 'moderation.type.comment',
  [ModerationItemType.Reply]: 'moderation.type.reply',
};

export const QUEUE_SORT_LABEL: Record<ModerationQueueSort, TranslationKey> = {
  [ModerationQueueSort.Newest]: 'moderation.sort.newest',
  [ModerationQueueSort.Oldest]: 'moderation.sort.oldest',
  [ModerationQueueSort.MostFlags]: 'moderation.sort.most_flags',
  [ModerationQueueSort.MostReports]: 'moderation.sort.most_reports',
};

/** Residents report with the same words moderators reject with. */
export const REPORT_REASON_LABEL: Record<ReportReason, TranslationKey> = {
  [ReportReason.Offensive]: 'participation.reason.offensive',
  [ReportReason.HateSpeech]: 'participation.reason.hate_speech',
  [ReportReason.Spam]: 'participation.reason.spam',
  [ReportReason.OffTopic]: 'participation.reason.off_topic',
  [ReportReason.PersonalData]: 'participation.reason.personal_data',
  [ReportReason.Other]: 'participation.reason.other',
};

/** The order of rejection reasons, as the dialog offers them. */
export const REJECTION_REASONS: readonly RejectionReason[] = [
  RejectionReason.Offensive,
  RejectionReason.HateSpeech,
  RejectionReason.Spam,
  RejectionReason.OffTopic,
  RejectionReason.PersonalData,
  RejectionReason.Duplicate,
  RejectionReason.Other,
];

/** States a moderator can list (withdrawn items are the author's, not the moderator's). */
export const QUEUE_STATES: readonly CommentState[] = [
  CommentState.Pending,
  CommentState.Published,
  CommentState.Rejected,
  CommentState.Hidden,
];
