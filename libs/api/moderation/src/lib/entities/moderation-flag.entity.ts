import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ModerationItemEntity } from './moderation-item.entity';

/** One automatic flag on an item, with the matched passage (UTF-16 offsets in the current text) when there is one. */
@Entity({ name: 'moderation_flags' })
@Index('IDX_moderation_flags_item', ['itemId'])
export class ModerationFlagEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_moderation_flags' })
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ModerationItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_moderation_flags_item' })
  item?: ModerationItemEntity;

  @Column({ type: 'varchar', length: 20 })
  reason!: string;

  @Column({ type: 'varchar', length: 200 })
  detail!: string;

  @Column({ name: 'start_offset', type: 'int', nullable: true })
  startOffset!: number | null;

  @Column({ name: 'end_offset', type: 'int', nullable: true })
  endOffset!: number | null;

  @Column({ type: 'text', nullable: true })
  match!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
