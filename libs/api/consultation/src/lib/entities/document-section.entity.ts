import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DocumentVersion } from './document-version.entity';

@Entity({ name: 'document_sections' })
@Index('IDX_document_sections_version_position', ['versionId', 'position'], { unique: true })
@Index('IDX_document_sections_version_key', ['versionId', 'key'], { unique: true })
export class DocumentSection {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_document_sections' })
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => DocumentVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_document_sections_version' })
  version?: DocumentVersion;

  /** Stable across versions (see key-carry-over.ts). */
  @Column({ type: 'varchar', length: 16 })
  key!: string;

  /** 1-based order within the version. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;
}
