import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Consultation } from './consultation.entity';

/** A part of the city a comment can be about (for Kraków: its 18 districts). */
@Entity({ name: 'consultation_areas' })
@Index('IDX_consultation_areas_consultation_key', ['consultationId', 'key'], { unique: true })
export class ConsultationArea {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_consultation_areas' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, (consultation) => consultation.areas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_consultation_areas_consultation' })
  consultation?: Consultation;

  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'int' })
  position!: number;
}
