import { UserEntity } from '@consulta/api/identity';
import { CommentState, RejectionReason } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommentEntity } from './comment.entity';

/** A reply in a comment's thread, to the comment itself or to another reply (any depth). */
@Entity({ name: 'replies' })
@Index('IDX_replies_comment_created', ['commentId', 'createdAt'])
@Index('IDX_replies_author', ['authorId', 'createdAt'])
@Index('IDX_replies_parent', ['parentId'])
@Index('IDX_replies_state_created', ['state', 'createdAt', 'id'])
@Check('CHK_replies_state', `"state" IN ('pending', 'published', 'rejected', 'hidden', 'withdrawn')`)
@Check('CHK_replies_counts', `"agree_count" >= 0 AND "depth" >= 1`)
export class ReplyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_replies' })
  id!: string;

  /** The thread root. */
  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_replies_comment' })
  comment?: CommentEntity;

  /** Null for replies to the comment, and when the parent reply was deleted with its author's account. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_replies_parent' })
  parent?: ReplyEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_replies_author' })
  author?: UserEntity;

  @Column({ type: 'int' })
  depth!: number;

  @Column({ type: 'text' })
  text!: string;

  /** A staff member's answer on behalf of the city. */
  @Column({ type: 'boolean', default: false })
  official!: boolean;

  @Column({ type: 'varchar', length: 20 })
  state!: CommentState;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 30, nullable: true })
  rejectionReason!: RejectionReason | null;

  @Column({ name: 'rejection_note', type: 'text', nullable: true })
  rejectionNote!: string | null;

  @Column({ name: 'agree_count', type: 'int', default: 0 })
  agreeCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
