import { Consultation } from '@consulta/api/consultation';
import { UserEntity } from '@consulta/api/identity';
import { ReportContentDto } from '@consulta/shared/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One publication of the report: its frozen content (the table of comments is in report_comment_rows). Never changed. */
@Entity({ name: 'report_versions' })
@Unique('UQ_report_versions_consultation_version', ['consultationId', 'version'])
@Check('CHK_report_versions_version', `"version" >= 1`)
export class ReportVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_report_versions' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_report_versions_consultation' })
  consultation?: Consultation;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'FK_report_versions_published_by' })
  publisher?: UserEntity;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ type: 'jsonb' })
  content!: ReportContentDto;

  @Column({ name: 'comment_count', type: 'int' })
  commentCount!: number;
}
