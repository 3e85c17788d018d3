import { AnchorKind, CommentDto, CommentState, ReplyDto, Stance, SubmitterType } from '@consulta/shared/contracts';

/** A published comment on the section "misja"; override what a test cares about. */
export function aComment(overrides: Partial<CommentDto> = {}): CommentDto {
  return {
    id: 'c1',
    consultationSlug: 'misja-krakowa',
    sectionKey: 'misja',
    paragraphKey: null,
    quote: null,
    anchorKind: AnchorKind.Section,
    documentVersion: 1,
    anchorMissing: false,
    text: 'Dobry kierunek, ale brakuje konkretów.',
    stance: Stance.Support,
    proposedWording: null,
    areaKey: null,
    submitterType: SubmitterType.Resident,
    organisationName: null,
    authorName: 'Anna',
    isMine: false,
    state: CommentState.Published,
    rejection: null,
    official: false,
    agreeCount: 0,
    agreedByMe: false,
    replyCount: 0,
    disposition: null,
    createdAt: '2026-05-02T10:00:00Z',
    editedAt: null,
    ...overrides,
  };
}

export function aReply(overrides: Partial<ReplyDto> = {}): ReplyDto {
  return {
    id: 'r1',
    commentId: 'c1',
    parentId: null,
    depth: 1,
    text: 'Zgadzam się.',
    authorName: 'Jan',
    isMine: false,
    official: false,
    state: CommentState.Published,
    rejection: null,
    agreeCount: 0,
    agreedByMe: false,
    createdAt: '2026-05-02T11:00:00Z',
    ...overrides,
  };
}
