import { UserEntity } from '@consulta/api/identity';
import { ReportReason } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ModerationItemEntity } from './moderation-item.entity';

/** A resident's report of a published comment or reply; one per person and item. The reporter is never shown. */
@Entity({ name: 'moderation_reports' })
@Unique('UQ_moderation_reports_item_reporter', ['itemId', 'reporterId'])
@Index('IDX_moderation_reports_reporter', ['reporterId'])
@Check('CHK_moderation_reports_reason', `"reason" IN ('offensive', 'hate_speech', 'spam', 'off_topic', 'personal_data', 'other')`)
export class ModerationReportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_moderation_reports' })
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ModerationItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_moderation_reports_item' })
  item?: ModerationItemEntity;

  /** Null once the reporter deleted their account (the report still counts). */
  @Column({ name: 'reporter_id', type: 'uuid', nullable: true })
  reporterId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'FK_moderation_reports_reporter' })
  reporter?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  reason!: ReportReason;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
