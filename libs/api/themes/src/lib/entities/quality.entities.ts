import { Consultation } from '@consulta/api/consultation';
import { UserEntity } from '@consulta/api/identity';
import { CommentEntity } from '@consulta/api/participation';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A random sample of published comments that staff code by hand to measure the suggestions (issue 5, item 7). */
@Entity({ name: 'theme_quality_samples' })
@Index('IDX_theme_quality_samples_consultation_created', ['consultationId', 'createdAt'])
export class ThemeQualitySampleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_theme_quality_samples' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_theme_quality_samples_consultation' })
  consultation?: Consultation;

  /** The seed of the draw (the same seed over the same comments draws the same sample). */
  @Column({ type: 'int' })
  seed!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_theme_quality_samples_created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One comment of a sample and how staff coded it (null until coded). */
@Entity({ name: 'theme_quality_sample_items' })
@Index('IDX_theme_quality_sample_items_sample_position', ['sampleId', 'position'])
export class ThemeQualitySampleItemEntity {
  @PrimaryColumn({ name: 'sample_id', type: 'uuid', primaryKeyConstraintName: 'PK_theme_quality_sample_items' })
  sampleId!: string;

  @ManyToOne(() => ThemeQualitySampleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sample_id', foreignKeyConstraintName: 'FK_theme_quality_sample_items_sample' })
  sample?: ThemeQualitySampleEntity;

  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'PK_theme_quality_sample_items' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_theme_quality_sample_items_comment' })
  comment?: CommentEntity;

  @Column({ type: 'int' })
  position!: number;

  /** Theme ids staff chose (possibly none); null until coded. Ids of themes deleted since are ignored when scoring. */
  @Column({ name: 'coded_theme_ids', type: 'uuid', array: true, nullable: true })
  codedThemeIds!: string[] | null;

  @Column({ name: 'coded_by', type: 'uuid', nullable: true })
  codedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coded_by', foreignKeyConstraintName: 'FK_theme_quality_sample_items_coded_by' })
  coder?: UserEntity;

  @Column({ name: 'coded_at', type: 'timestamptz', nullable: true })
  codedAt!: Date | null;
}
