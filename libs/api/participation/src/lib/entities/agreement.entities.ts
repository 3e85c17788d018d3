import { UserEntity } from '@consulta/api/identity';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { ReplyEntity } from './reply.entity';

/** One person's "I agree" with a comment; the primary key makes it one per person. */
@Entity({ name: 'comment_agreements' })
@Index('IDX_comment_agreements_user', ['userId'])
export class CommentAgreementEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'PK_comment_agreements' })
  commentId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_comment_agreements' })
  userId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_comment_agreements_comment' })
  comment?: CommentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_comment_agreements_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One person's "I agree" with a reply. */
@Entity({ name: 'reply_agreements' })
@Index('IDX_reply_agreements_user', ['userId'])
export class ReplyAgreementEntity {
  @PrimaryColumn({ name: 'reply_id', type: 'uuid', primaryKeyConstraintName: 'PK_reply_agreements' })
  replyId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_reply_agreements' })
  userId!: string;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'FK_reply_agreements_reply' })
  reply?: ReplyEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_reply_agreements_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
