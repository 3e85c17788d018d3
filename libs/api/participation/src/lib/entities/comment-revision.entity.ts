import { Stance } from '@consulta/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommentEntity } from './comment.entity';

/** What a comment said before one of its author's edits (for staff). */
@Entity({ name: 'comment_revisions' })
@Index('IDX_comment_revisions_comment', ['commentId', 'createdAt'])
export class CommentRevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_comment_revisions' })
  id!: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_comment_revisions_comment' })
  comment?: CommentEntity;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 20 })
  stance!: Stance;

  @Column({ name: 'proposed_wording', type: 'text', nullable: true })
  proposedWording!: string | null;

  @Column({ name: 'area_key', type: 'varchar', length: 60, nullable: true })
  areaKey!: string | null;

  /** When this text was replaced. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
