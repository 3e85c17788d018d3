import { Consultation } from '@consulta/api/consultation';
import { UserEntity } from '@consulta/api/identity';
import { CommentEntity } from '@consulta/api/participation';
import { SuggestionState } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ThemeEntity } from './theme.entity';

/**
 * A theme the suggester proposes for a comment, with its confidence. One row per (comment, theme): a decided one
 * (accepted or rejected) is never suggested again; pending ones are replaced by each run.
 */
@Entity({ name: 'theme_suggestions' })
@Unique('UQ_theme_suggestions_comment_theme', ['commentId', 'themeId'])
@Index('IDX_theme_suggestions_consultation_state_confidence', ['consultationId', 'state', 'confidence', 'id'])
@Index('IDX_theme_suggestions_theme', ['themeId'])
@Check('CHK_theme_suggestions_state', `"state" IN ('pending', 'accepted', 'rejected')`)
@Check('CHK_theme_suggestions_confidence', `"confidence" >= 0 AND "confidence" <= 1`)
export class ThemeSuggestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_theme_suggestions' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_theme_suggestions_consultation' })
  consultation?: Consultation;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_theme_suggestions_comment' })
  comment?: CommentEntity;

  @Column({ name: 'theme_id', type: 'uuid' })
  themeId!: string;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'FK_theme_suggestions_theme' })
  theme?: ThemeEntity;

  @Column({ type: 'double precision' })
  confidence!: number;

  @Column({ type: 'varchar', length: 10 })
  state!: SuggestionState;

  /** The job run that made it. */
  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_theme_suggestions_decided_by' })
  decider?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
