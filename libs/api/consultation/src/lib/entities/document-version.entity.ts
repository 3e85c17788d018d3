import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Consultation } from './consultation.entity';

/** One imported text of a consultation's document; the highest number is the current one. Never changed after import. */
@Entity({ name: 'document_versions' })
@Index('IDX_document_versions_consultation_number', ['consultationId', 'number'], { unique: true })
export class DocumentVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_document_versions' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_document_versions_consultation' })
  consultation?: Consultation;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  /** The Markdown as imported, kept for audit and re-export. */
  @Column({ name: 'source_markdown', type: 'text' })
  sourceMarkdown!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
