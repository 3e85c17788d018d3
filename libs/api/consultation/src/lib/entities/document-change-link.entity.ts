import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Consultation } from './consultation.entity';

/**
 * What led to a change of the document: the themes and comments staff linked to the change of one paragraph in the
 * version that changed it. The ids are checked when written and filtered again when read (a theme may be deleted or a
 * comment hidden later), so arrays without foreign keys are enough. `updated_by` is a user id kept like the audit log's
 * actor id: no foreign key, the consultation library does not own users.
 */
@Entity({ name: 'document_change_links' })
export class DocumentChangeLink {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid', primaryKeyConstraintName: 'PK_document_change_links' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_document_change_links_consultation' })
  consultation?: Consultation;

  /** The version that made the change (the `to` of the diff `to - 1 → to`). */
  @PrimaryColumn({ name: 'to_version', type: 'int', primaryKeyConstraintName: 'PK_document_change_links' })
  toVersion!: number;

  @PrimaryColumn({ name: 'paragraph_key', type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_document_change_links' })
  paragraphKey!: string;

  @Column({ name: 'theme_ids', type: 'uuid', array: true })
  themeIds!: string[];

  @Column({ name: 'comment_ids', type: 'uuid', array: true })
  commentIds!: string[];

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
