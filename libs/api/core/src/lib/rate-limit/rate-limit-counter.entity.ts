import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One counter per key and window. Shared by every API process through PostgreSQL. */
@Entity('rate_limit_counters')
@Index('rate_limit_counters_expires_at_idx', ['expiresAt'])
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'rate_limit_counters_pkey' })
  key!: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz', primaryKeyConstraintName: 'rate_limit_counters_pkey' })
  windowStart!: Date;

  @Column({ type: 'integer', default: 0 })
  count!: number;

  /** After this the row no longer influences any decision and may be deleted. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
