import { UserEntity } from '@consulta/api/identity';
import { WordListKey } from '@consulta/shared/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A city-wide profanity word list as an admin edited it (no row: the built-in default list). */
@Entity({ name: 'word_lists' })
@Check('CHK_word_lists_key', `"key" IN ('pl', 'en', 'allow')`)
export class WordListEntity {
  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'PK_word_lists' })
  key!: WordListKey;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_word_lists_updated_by' })
  updater?: UserEntity;

  @Column({ name: 'updated_by_name', type: 'varchar', length: 80 })
  updatedByName!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
