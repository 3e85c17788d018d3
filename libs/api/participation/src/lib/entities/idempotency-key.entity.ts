import { UserEntity } from '@consulta/api/identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * An Idempotency-Key a user sent with a submission. The primary key (user, key) makes a retry,
 * even a concurrent one in another API process, find the first submission instead of making a second.
 */
@Entity({ name: 'idempotency_keys' })
@Index('IDX_idempotency_keys_created', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_idempotency_keys' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_idempotency_keys' })
  key!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_idempotency_keys_user' })
  user?: UserEntity;

  /** SHA-256 of the route and the normalised body: the same key with another body is a conflict. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  /** comment or reply. */
  @Column({ name: 'resource_type', type: 'varchar', length: 20 })
  resourceType!: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
