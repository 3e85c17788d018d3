import { UserEntity } from '@consulta/api/identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ModerationItemEntity } from './moderation-item.entity';

/** Staff-only history of redactions: the text before and after, who and when. The public sees only the current text. */
@Entity({ name: 'redactions' })
@Index('IDX_redactions_item_created', ['itemId', 'createdAt'])
export class RedactionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_redactions' })
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ModerationItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_redactions_item' })
  item?: ModerationItemEntity;

  @Column({ name: 'original_text', type: 'text' })
  originalText!: string;

  @Column({ name: 'redacted_text', type: 'text' })
  redactedText!: string;

  @Column({ name: 'redacted_by', type: 'uuid', nullable: true })
  redactedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'redacted_by', foreignKeyConstraintName: 'FK_redactions_redacted_by' })
  redactor?: UserEntity;

  @Column({ name: 'redacted_by_name', type: 'varchar', length: 80 })
  redactedByName!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
