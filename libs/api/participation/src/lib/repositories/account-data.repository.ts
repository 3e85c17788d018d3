import { CommentState } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What happens to a person's comments and replies when they delete their account. */
@Injectable()
export class AccountDataRepository {
  /**
   * Keeps the published comments and replies with no link to the person (and no organisation name);
   * deletes the unpublished ones (with their threads).
   */
  async anonymise(userId: string, manager: EntityManager): Promise<void> {
    await this.deleteReplies(userId, manager, `AND "state" <> '${CommentState.Published}'`);
    await manager.query(`DELETE FROM "comments" WHERE "author_id" = $1 AND "state" <> $2`, [userId, CommentState.Published]);
    await manager.query(`UPDATE "replies" SET "author_id" = NULL WHERE "author_id" = $1`, [userId]);
    await manager.query(`UPDATE "comments" SET "author_id" = NULL, "organisation_name" = NULL WHERE "author_id" = $1`, [userId]);
  }

  /**
   * Deletes every comment and reply of the person. A deleted comment takes its whole thread with it
   * (other people's replies included: without the comment they answer they make no sense); other people's
   * replies to a deleted reply stay, with parent_id NULL (shown under a "reply removed" placeholder).
   */
  async deleteAll(userId: string, manager: EntityManager): Promise<void> {
    await this.deleteReplies(userId, manager, '');
    await manager.query(`DELETE FROM "comments" WHERE "author_id" = $1`, [userId]);
  }

  /** Deletes the person's replies, keeping each thread's published reply count right. */
  private async deleteReplies(userId: string, manager: EntityManager, condition: string): Promise<void> {
    await manager.query(
      `UPDATE "comments" c SET "reply_count" = c."reply_count" - gone."count"
       FROM (SELECT "comment_id", count(*)::int AS "count" FROM "replies"
             WHERE "author_id" = $1 AND "state" = $2 ${condition} GROUP BY "comment_id") gone
       WHERE gone."comment_id" = c."id"`,
      [userId, CommentState.Published],
    );
    await manager.query(`DELETE FROM "replies" WHERE "author_id" = $1 ${condition}`, [userId]);
  }
}
