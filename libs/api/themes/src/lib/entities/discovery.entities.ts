import { Consultation } from '@consulta/api/consultation';
import { UserEntity } from '@consulta/api/identity';
import { CommentEntity } from '@consulta/api/participation';
import { ProposalState } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ThemeEntity } from './theme.entity';

/** One discovery of new themes over the comments no theme covered when it started (computed by a 'themes.discover' job). */
@Entity({ name: 'theme_discovery_runs' })
@Index('IDX_theme_discovery_runs_consultation_created', ['consultationId', 'createdAt'])
export class ThemeDiscoveryRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_theme_discovery_runs' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_theme_discovery_runs_consultation' })
  consultation?: Consultation;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @Column({ type: 'int' })
  seed!: number;

  /** Comments the run looked at (set by the job). */
  @Column({ name: 'comment_count', type: 'int', default: 0 })
  commentCount!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_theme_discovery_runs_created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** A group of similar uncovered comments proposed as a new theme; renamed, merged, split, discarded or accepted by staff. */
@Entity({ name: 'theme_proposals' })
@Index('IDX_theme_proposals_run_position', ['runId', 'position'])
@Check('CHK_theme_proposals_state', `"state" IN ('open', 'accepted', 'discarded', 'merged', 'split')`)
export class ThemeProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_theme_proposals' })
  id!: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @ManyToOne(() => ThemeDiscoveryRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'FK_theme_proposals_run' })
  run?: ThemeDiscoveryRunEntity;

  /** Order in the run (by decreasing size when computed; split halves come after). */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'jsonb' })
  keywords!: string[];

  /** Most typical comments first (ids; their text is read when shown). */
  @Column({ name: 'representative_ids', type: 'jsonb' })
  representativeIds!: string[];

  @Column({ type: 'varchar', length: 10 })
  state!: ProposalState;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** The proposal a split made this one from. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'theme_id', type: 'uuid', nullable: true })
  themeId!: string | null;

  @ManyToOne(() => ThemeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'FK_theme_proposals_theme' })
  theme?: ThemeEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The comments of a proposal. */
@Entity({ name: 'theme_proposal_comments' })
@Index('IDX_theme_proposal_comments_comment', ['commentId'])
export class ThemeProposalCommentEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid', primaryKeyConstraintName: 'PK_theme_proposal_comments' })
  proposalId!: string;

  @ManyToOne(() => ThemeProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'FK_theme_proposal_comments_proposal' })
  proposal?: ThemeProposalEntity;

  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'PK_theme_proposal_comments' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_theme_proposal_comments_comment' })
  comment?: CommentEntity;
}
