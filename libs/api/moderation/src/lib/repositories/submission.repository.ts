import { CommentState, SubmissionChannel } from '@consulta/shared/contracts';
import { CommentEntity, DocumentAnchorLookup, DocumentAnchorQueries, NewComment } from '@consulta/api/participation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Off-platform submissions: the document anchors they point at, the comment row and its channel. */
@Injectable()
export class SubmissionRepository {
  /** The document look-ups online comments use too. */
  readonly anchors: DocumentAnchorLookup;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.anchors = new DocumentAnchorQueries(dataSource);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insertComment(comment: NewComment, manager: EntityManager): Promise<void> {
    await manager.insert(CommentEntity, comment);
  }

  async setState(id: string, state: CommentState, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "comments" SET "state" = $2 WHERE "id" = $1`, [id, state]);
  }

  /** Marks the (screened) comment's moderation row with how and when it was received. */
  async setChannel(
    id: string,
    channel: { channel: SubmissionChannel; receivedAt: Date; submitterName: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`UPDATE "moderation_items" SET "channel" = $2, "received_at" = $3, "submitter_name" = $4 WHERE "item_id" = $1`, [
      id,
      channel.channel,
      channel.receivedAt,
      channel.submitterName,
    ]);
  }
}
