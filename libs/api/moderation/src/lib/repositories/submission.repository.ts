import { CommentState, SubmissionChannel } from '@consulta/shared/contracts';
import { CommentEntity } from '@consulta/api/participation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type NewOffPlatformComment = Pick<
  CommentEntity,
  | 'id'
  | 'consultationId'
  | 'authorId'
  | 'sectionKey'
  | 'paragraphKey'
  | 'quote'
  | 'quoteStart'
  | 'quoteEnd'
  | 'documentVersion'
  | 'text'
  | 'stance'
  | 'proposedWording'
  | 'areaKey'
  | 'submitterType'
  | 'organisationName'
  | 'state'
>;

/** Off-platform submissions: the document anchors they point at, the comment row and its channel. */
@Injectable()
export class SubmissionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async currentVersion(consultationId: string): Promise<{ id: string; number: number } | null> {
    const rows = await this.dataSource.manager.query<{ id: string; number: number }[]>(
      `SELECT "id", "number" FROM "document_versions" WHERE "consultation_id" = $1 ORDER BY "number" DESC LIMIT 1`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  async sectionExists(versionId: string, sectionKey: string): Promise<boolean> {
    const rows = await this.dataSource.manager.query<unknown[]>(
      `SELECT 1 FROM "document_sections" WHERE "version_id" = $1 AND "key" = $2`,
      [versionId, sectionKey],
    );
    return rows.length > 0;
  }

  async paragraph(versionId: string, paragraphKey: string): Promise<{ text: string; sectionKey: string } | null> {
    const rows = await this.dataSource.manager.query<{ text: string; sectionKey: string }[]>(
      `SELECT p."text", s."key" AS "sectionKey" FROM "document_paragraphs" p JOIN "document_sections" s ON s."id" = p."section_id"
       WHERE p."version_id" = $1 AND p."key" = $2`,
      [versionId, paragraphKey],
    );
    return rows[0] ?? null;
  }

  async insertComment(comment: NewOffPlatformComment, manager: EntityManager): Promise<void> {
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
