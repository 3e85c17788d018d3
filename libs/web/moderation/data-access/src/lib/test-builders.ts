import {
  ClaimDto,
  CommentState,
  DispositionProgress,
  ModerationItemDetailDto,
  ModerationItemType,
  ModerationQueueItemDto,
  Stance,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';

/** A pending comment in the queue of "misja-krakowa"; override what a test cares about. */
export function aQueueItem(overrides: Partial<ModerationQueueItemDto> = {}): ModerationQueueItemDto {
  return {
    type: ModerationItemType.Comment,
    id: 'c1',
    commentId: overrides.id ?? 'c1',
    consultationSlug: 'misja-krakowa',
    consultationTitle: 'Misja Krakowa',
    sectionKey: 'misja',
    paragraphKey: null,
    text: 'Proszę o więcej zieleni w centrum.',
    stance: Stance.Support,
    proposedWording: null,
    areaKey: null,
    submitterType: SubmitterType.Resident,
    organisationName: null,
    authorName: 'Anna',
    official: false,
    state: CommentState.Pending,
    rejection: null,
    channel: SubmissionChannel.Online,
    receivedAt: null,
    submitterName: null,
    flagReasons: [],
    flagCount: 0,
    reportCount: 0,
    duplicateGroupId: null,
    duplicateGroupSize: 0,
    claim: null,
    redacted: false,
    disposition: DispositionProgress.None,
    createdAt: '2026-05-02T10:00:00Z',
    ...overrides,
  };
}

export function aDetail(overrides: Partial<ModerationItemDetailDto> = {}): ModerationItemDetailDto {
  return {
    ...aQueueItem(overrides),
    flags: [],
    revisions: [],
    reports: [],
    redactions: [],
    duplicateIds: [],
    dispositions: [],
    ...overrides,
  };
}

export function aClaim(overrides: Partial<ClaimDto> = {}): ClaimDto {
  return { moderatorId: 'm2', moderatorName: 'Ewa', mine: false, expiresAt: new Date(Date.now() + 600_000).toISOString(), ...overrides };
}
