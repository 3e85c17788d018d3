import { Consultation } from '@consulta/api/consultation';
import { ReportContentDto, ReportDraftState, ReportHeaderDto } from '@consulta/shared/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * The report being prepared, one per consultation: the staff's header edits (kept across regenerations) and the last
 * generated content. Published versions are copies (report_versions), never this row.
 */
@Entity({ name: 'report_drafts' })
@Check('CHK_report_drafts_state', `"state" IN ('none', 'generating', 'ready', 'failed')`)
export class ReportDraftEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_drafts' })
  consultationId!: string;

  @OneToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_report_drafts_consultation' })
  consultation?: Consultation;

  /** Only the fields staff edited; the rest come from the data at each generation. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  header!: Partial<ReportHeaderDto>;

  @Column({ type: 'jsonb', nullable: true })
  content!: ReportContentDto | null;

  @Column({ type: 'varchar', length: 20, default: ReportDraftState.None })
  state!: ReportDraftState;

  /** The last generate or publish job (no foreign key: finished jobs are deleted after 30 days). */
  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId!: string | null;

  @Column({ name: 'generated_at', type: 'timestamptz', nullable: true })
  generatedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
