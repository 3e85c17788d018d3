import { Consultation } from '@consulta/api/consultation';
import { UserEntity } from '@consulta/api/identity';
import { ThemeOrigin } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A theme of one consultation: staff group comments under it (theme_assignments). The name is unique per consultation
 * ignoring case (UQ_themes_consultation_name on lower(name), created by the migration, not synchronised).
 * The reports library reads this table with SQL: keep the column names.
 */
@Entity({ name: 'themes' })
@Index('UQ_themes_consultation_name', { synchronize: false })
@Check('CHK_themes_origin', `"origin" IN ('staff', 'seed', 'discovery')`)
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_themes' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_themes_consultation' })
  consultation?: Consultation;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 7 })
  colour!: string;

  @Column({ type: 'varchar', length: 20 })
  origin!: ThemeOrigin;

  /** The city's answer to the theme (plain text), for the report. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_themes_created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
