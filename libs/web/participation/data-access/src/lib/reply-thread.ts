import { ReplyDto } from '@consulta/shared/contracts';

/** Replies deeper than this are shown at this indentation, with "in reply to NAME". */
export const MAX_REPLY_INDENT = 3;

export interface ReplyView {
  reply: ReplyDto;
  indent: number;
  /** The author being answered, when the indentation no longer shows it. */
  inReplyTo: string | null;
}

export function toReplyViews(replies: readonly ReplyDto[]): ReplyView[] {
  const byId = new Map(replies.map((reply) => [reply.id, reply]));
  return replies.map((reply) => ({
    reply,
    indent: Math.min(Math.max(reply.depth, 1), MAX_REPLY_INDENT),
    inReplyTo: reply.depth > MAX_REPLY_INDENT && reply.parentId ? (byId.get(reply.parentId)?.authorName ?? null) : null,
  }));
}
