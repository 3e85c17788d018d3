import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ModerationItemEntity } from './moderation-item.entity';

/** Locality-sensitive hash bands of an item's fingerprint: items sharing a band in a consultation are near-duplicate candidates. */
@Entity({ name: 'moderation_band_keys' })
@Index('IDX_moderation_band_keys_item', ['itemId'])
export class ModerationBandKeyEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid', primaryKeyConstraintName: 'PK_moderation_band_keys' })
  consultationId!: string;

  @PrimaryColumn({ name: 'band_key', type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_moderation_band_keys' })
  bandKey!: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'PK_moderation_band_keys' })
  itemId!: string;

  @ManyToOne(() => ModerationItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_moderation_band_keys_item' })
  item?: ModerationItemEntity;
}
