import { ParagraphKind } from '@consulta/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Consultation } from './consultation.entity';
import { DocumentSection } from './document-section.entity';
import { DocumentVersion } from './document-version.entity';

@Entity({ name: 'document_paragraphs' })
@Index('IDX_document_paragraphs_version_position', ['versionId', 'position'], { unique: true })
@Index('IDX_document_paragraphs_version_key', ['versionId', 'key'], { unique: true })
@Index('IDX_document_paragraphs_consultation_key', ['consultationId', 'key'])
@Index('IDX_document_paragraphs_section', ['sectionId'])
@Check('CHK_document_paragraphs_kind', `"kind" IN ('text', 'list_item')`)
export class DocumentParagraph {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_document_paragraphs' })
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => DocumentVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_document_paragraphs_version' })
  version?: DocumentVersion;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId!: string;

  @ManyToOne(() => DocumentSection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_document_paragraphs_section' })
  section?: DocumentSection;

  /** Denormalised so that "every version of paragraph <key>" is one indexed lookup (comments anchor on keys). */
  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_document_paragraphs_consultation' })
  consultation?: Consultation;

  /** Stable across versions (see key-carry-over.ts). */
  @Column({ type: 'varchar', length: 16 })
  key!: string;

  /** 1-based order within the whole version (document order), not within the section. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: ParagraphKind;

  @Column({ type: 'text' })
  text!: string;
}
