import { DispositionDecision, Locale } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Who to write to, about what: the author of an item with the consultation it belongs to. */
export interface Recipient {
  email: string;
  locale: Locale;
  displayName: string;
  consultationSlug: string;
  consultationTitle: string;
  /** The thread root, for the link. */
  commentId: string;
}

const RECIPIENT = `u."email", u."locale", u."display_name" AS "displayName", co."slug" AS "consultationSlug",
  co."title" AS "consultationTitle", c."id" AS "commentId"`;

/** The lookups the author notifications need (by primary keys). */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The author of a comment or a reply; null when the account is gone. */
  async itemAuthor(type: 'comment' | 'reply', id: string): Promise<Recipient | null> {
    const rows = await this.dataSource.manager.query<Recipient[]>(
      type === 'comment'
        ? `SELECT ${RECIPIENT} FROM "comments" c JOIN "users" u ON u."id" = c."author_id"
           JOIN "consultations" co ON co."id" = c."consultation_id" WHERE c."id" = $1`
        : `SELECT ${RECIPIENT} FROM "replies" x JOIN "comments" c ON c."id" = x."comment_id" JOIN "users" u ON u."id" = x."author_id"
           JOIN "consultations" co ON co."id" = c."consultation_id" WHERE x."id" = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** An official published reply with the author of the comment it answers (not the reply's own author). */
  async officialReply(
    replyId: string,
  ): Promise<(Recipient & { text: string; replyAuthorId: string | null; commentAuthorId: string }) | null> {
    const rows = await this.dataSource.manager.query<
      (Recipient & { text: string; replyAuthorId: string | null; commentAuthorId: string })[]
    >(
      `SELECT ${RECIPIENT}, x."text", x."author_id" AS "replyAuthorId", c."author_id" AS "commentAuthorId"
       FROM "replies" x JOIN "comments" c ON c."id" = x."comment_id" JOIN "users" u ON u."id" = c."author_id"
       JOIN "consultations" co ON co."id" = c."consultation_id"
       WHERE x."id" = $1 AND x."official" AND x."state" = 'published'`,
      [replyId],
    );
    return rows[0] ?? null;
  }

  /** An approved disposition with its comment's author. */
  async approvedDisposition(dispositionId: string): Promise<(Recipient & { decision: DispositionDecision; justification: string }) | null> {
    const rows = await this.dataSource.manager.query<(Recipient & { decision: DispositionDecision; justification: string })[]>(
      `SELECT ${RECIPIENT}, d."decision", d."justification"
       FROM "dispositions" d JOIN "comments" c ON c."id" = d."comment_id" JOIN "users" u ON u."id" = c."author_id"
       JOIN "consultations" co ON co."id" = c."consultation_id"
       WHERE d."id" = $1 AND d."state" = 'approved'`,
      [dispositionId],
    );
    return rows[0] ?? null;
  }
}
