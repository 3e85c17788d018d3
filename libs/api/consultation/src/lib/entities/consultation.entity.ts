import { ConsultationStatus, ModerationMode } from '@consulta/shared/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VirtualColumn,
} from 'typeorm';
import { effectiveStatusSql } from '../consultation-status';
import { ConsultationArea } from './consultation-area.entity';

/** What staff decided; the status people see is derived from this and the clock (see consultation-status.ts). */
export enum PublicationState {
  Draft = 'draft',
  Published = 'published',
  ReportPublished = 'report_published',
}

@Entity({ name: 'consultations' })
@Index('IDX_consultations_slug', ['slug'], { unique: true })
@Check('CHK_consultations_publication_state', `"publication_state" IN ('draft', 'published', 'report_published')`)
@Check('CHK_consultations_moderation_mode', `"moderation_mode" IN ('pre', 'post')`)
@Check('CHK_consultations_dates', `"opens_at" IS NULL OR "closes_at" IS NULL OR "closes_at" > "opens_at"`)
export class Consultation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_consultations' })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'publication_state', type: 'varchar', length: 20, default: PublicationState.Draft })
  publicationState!: PublicationState;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Column({ name: 'moderation_mode', type: 'varchar', length: 10 })
  moderationMode!: ModerationMode;

  /** Computed by PostgreSQL on every read, so every API process agrees without a scheduler. */
  @VirtualColumn({ type: 'varchar', query: (alias) => effectiveStatusSql(alias) })
  status!: ConsultationStatus;

  @OneToMany(() => ConsultationArea, (area) => area.consultation)
  areas?: ConsultationArea[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
