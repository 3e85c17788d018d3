import { DomainException } from '@consulta/api/core';
import { ErrorCode, ModerationItemType } from '@consulta/shared/contracts';

export function itemNotFound(type: ModerationItemType): DomainException {
  return type === ModerationItemType.Comment
    ? new DomainException(ErrorCode.CommentNotFound, 'There is no such comment.')
    : new DomainException(ErrorCode.ReplyNotFound, 'There is no such reply.');
}

export function claimedByOther(name: string | null): DomainException {
  return new DomainException(
    ErrorCode.ItemClaimed,
    `${name ?? 'Another moderator'} is working on this item; wait until they finish or the claim expires.`,
  );
}
