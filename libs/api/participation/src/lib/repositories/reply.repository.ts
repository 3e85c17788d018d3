import { CommentState, RejectionReason } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ReplyEntity } from '../entities';

export interface ReplyRow {
  id: string;
  commentId: string;
  parentId: string | null;
  authorId: string | null;
  authorDisplayName: string | null;
  depth: number;
  text: string;
  official: boolean;
  state: CommentState;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  agreeCount: number;
  createdAt: Date;
  consultationSlug: string;
  consultationTitle: string;
}

export type NewReply = Pick<ReplyEntity, 'id' | 'commentId' | 'parentId' | 'authorId' | 'depth' | 'text' | 'official' | 'state'>;

const SELECT_REPLY = `
  SELECT r."id", r."comment_id" AS "commentId", r."parent_id" AS "parentId", r."author_id" AS "authorId",
         u."display_name" AS "authorDisplayName", r."depth", r."text", r."official", r."state",
         r."rejection_reason" AS "rejectionReason", r."rejection_note" AS "rejectionNote",
         r."agree_count" AS "agreeCount", r."created_at" AS "createdAt",
         co."slug" AS "consultationSlug", co."title" AS "consultationTitle"
  FROM "replies" r
  JOIN "comments" c ON c."id" = r."comment_id"
  JOIN "consultations" co ON co."id" = c."consultation_id"
  LEFT JOIN "users" u ON u."id" = r."author_id"`;

/** Every query on replies. */
@Injectable()
export class ReplyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReplyRow | null> {
    const rows = await manager.query<ReplyRow[]>(`${SELECT_REPLY} WHERE r."id" = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The whole thread in creation order (IDX_replies_comment_created); the service arranges it. */
  async listThread(commentId: string): Promise<ReplyRow[]> {
    return this.dataSource.manager.query<ReplyRow[]>(`${SELECT_REPLY} WHERE r."comment_id" = $1 ORDER BY r."created_at", r."id"`, [
      commentId,
    ]);
  }

  /** Published official replies in these threads, oldest first. */
  async listOfficial(commentIds: string[]): Promise<ReplyRow[]> {
    if (commentIds.length === 0) return [];
    return this.dataSource.manager.query<ReplyRow[]>(
      `${SELECT_REPLY} WHERE r."comment_id" = ANY($1) AND r."official" AND r."state" = $2 ORDER BY r."created_at", r."id"`,
      [commentIds, CommentState.Published],
    );
  }

  async listByAuthor(authorId: string): Promise<ReplyRow[]> {
    return this.dataSource.manager.query<ReplyRow[]>(`${SELECT_REPLY} WHERE r."author_id" = $1 ORDER BY r."created_at" DESC, r."id" DESC`, [
      authorId,
    ]);
  }

  async insert(reply: NewReply, manager: EntityManager): Promise<void> {
    await manager.insert(ReplyEntity, reply);
  }

  async setState(id: string, state: CommentState, manager: EntityManager): Promise<void> {
    await manager.update(ReplyEntity, { id }, { state });
  }
}
