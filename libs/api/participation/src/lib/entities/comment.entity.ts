import { Consultation } from '@consulta/api/consultation';
import { UserEntity } from '@consulta/api/identity';
import { CommentState, RejectionReason, Stance, SubmitterType } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A resident's comment on a section, a paragraph, or a quoted passage of a paragraph. Anchored on
 * stable keys (they survive new document versions) plus the version number it was written on.
 * agree_count and reply_count are maintained in the same transaction as the rows they count, so
 * "most agreed" sorts on an index.
 */
@Entity({ name: 'comments' })
// The hot path: one section (or paragraph) of one consultation, one state, keyset by time or agreement.
@Index('IDX_comments_section_created', ['consultationId', 'sectionKey', 'state', 'createdAt', 'id'])
@Index('IDX_comments_section_agreed', ['consultationId', 'sectionKey', 'state', 'agreeCount', 'id'])
@Index('IDX_comments_paragraph_created', ['consultationId', 'paragraphKey', 'state', 'createdAt', 'id'])
@Index('IDX_comments_paragraph_agreed', ['consultationId', 'paragraphKey', 'state', 'agreeCount', 'id'])
@Index('IDX_comments_consultation_created', ['consultationId', 'state', 'createdAt', 'id'])
@Index('IDX_comments_consultation_agreed', ['consultationId', 'state', 'agreeCount', 'id'])
@Index('IDX_comments_author', ['authorId', 'createdAt'])
@Index('IDX_comments_state_created', ['state', 'createdAt', 'id'])
@Check('CHK_comments_state', `"state" IN ('pending', 'published', 'rejected', 'hidden', 'withdrawn')`)
@Check('CHK_comments_stance', `"stance" IN ('support', 'oppose', 'neutral', 'proposes_change')`)
@Check(
  'CHK_comments_submitter_type',
  `"submitter_type" IN ('resident', 'ngo', 'business', 'public_institution', 'district_councillor', 'other')`,
)
@Check('CHK_comments_counts', `"agree_count" >= 0 AND "reply_count" >= 0`)
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_comments' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_comments_consultation' })
  consultation?: Consultation;

  /** Null once the author deleted their account and chose to keep their comments anonymously. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_comments_author' })
  author?: UserEntity;

  @Column({ name: 'section_key', type: 'varchar', length: 16 })
  sectionKey!: string;

  @Column({ name: 'paragraph_key', type: 'varchar', length: 16, nullable: true })
  paragraphKey!: string | null;

  @Column({ type: 'text', nullable: true })
  quote!: string | null;

  /** UTF-16 offsets of the quote in the paragraph text of document_version. */
  @Column({ name: 'quote_start', type: 'int', nullable: true })
  quoteStart!: number | null;

  @Column({ name: 'quote_end', type: 'int', nullable: true })
  quoteEnd!: number | null;

  @Column({ name: 'document_version', type: 'int' })
  documentVersion!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 20 })
  stance!: Stance;

  @Column({ name: 'proposed_wording', type: 'text', nullable: true })
  proposedWording!: string | null;

  @Column({ name: 'area_key', type: 'varchar', length: 60, nullable: true })
  areaKey!: string | null;

  @Column({ name: 'submitter_type', type: 'varchar', length: 30 })
  submitterType!: SubmitterType;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200, nullable: true })
  organisationName!: string | null;

  @Column({ type: 'varchar', length: 20 })
  state!: CommentState;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 30, nullable: true })
  rejectionReason!: RejectionReason | null;

  @Column({ name: 'rejection_note', type: 'text', nullable: true })
  rejectionNote!: string | null;

  @Column({ name: 'agree_count', type: 'int', default: 0 })
  agreeCount!: number;

  /** Published replies in the thread. */
  @Column({ name: 'reply_count', type: 'int', default: 0 })
  replyCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;
}
