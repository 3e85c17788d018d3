import { DispositionDecision, Stance, SubmissionChannel, SubmitterType } from '@consulta/shared/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportVersionEntity } from './report-version.entity';

/** One row of a published version's table of comments, as published (no author, no original of a redacted text). */
@Entity({ name: 'report_comment_rows' })
export class ReportCommentRowEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_comment_rows' })
  versionId!: string;

  @ManyToOne(() => ReportVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_report_comment_rows_version' })
  reportVersion?: ReportVersionEntity;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_report_comment_rows' })
  number!: number;

  @Column({ name: 'submitter_type', type: 'varchar', length: 30 })
  submitterType!: SubmitterType;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200, nullable: true })
  organisationName!: string | null;

  @Column({ type: 'varchar', length: 10 })
  channel!: SubmissionChannel;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'section_key', type: 'varchar', length: 16 })
  sectionKey!: string;

  @Column({ name: 'section_title', type: 'varchar', length: 300 })
  sectionTitle!: string;

  @Column({ type: 'text', nullable: true })
  passage!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'proposed_wording', type: 'text', nullable: true })
  proposedWording!: string | null;

  @Column({ type: 'varchar', length: 20 })
  stance!: Stance;

  @Column({ name: 'area_key', type: 'varchar', length: 60, nullable: true })
  areaKey!: string | null;

  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  decision!: DispositionDecision | null;

  @Column({ type: 'text', nullable: true })
  justification!: string | null;
}
