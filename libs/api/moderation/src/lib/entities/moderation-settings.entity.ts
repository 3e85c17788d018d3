import { Consultation } from '@consulta/api/consultation';
import { UserEntity } from '@consulta/api/identity';
import { DEFAULT_REPORT_THRESHOLD } from '@consulta/shared/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Per-consultation moderation settings; a consultation without a row uses the defaults. */
@Entity({ name: 'moderation_settings' })
@Check('CHK_moderation_settings_threshold', `"report_threshold" BETWEEN 1 AND 100`)
export class ModerationSettingsEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid', primaryKeyConstraintName: 'PK_moderation_settings' })
  consultationId!: string;

  @OneToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_moderation_settings_consultation' })
  consultation?: Consultation;

  @Column({ name: 'report_threshold', type: 'int', default: DEFAULT_REPORT_THRESHOLD })
  reportThreshold!: number;

  /** True: the staff member who drafts a disposition may approve it too (default: a second person approves). */
  @Column({ name: 'single_step_dispositions', type: 'boolean', default: false })
  singleStepDispositions!: boolean;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_moderation_settings_updated_by' })
  updater?: UserEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
