import { AuditAction, AuditTargetType } from '@consulta/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every moderation and admin action. Append-only: triggers refuse UPDATE, DELETE and TRUNCATE (migration
 * 1764200000000). No foreign keys on purpose: a cascade from a deleted user or consultation would be an update.
 */
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_created', ['createdAt', 'id'])
@Index('IDX_audit_log_actor_created', ['actorId', 'createdAt', 'id'])
@Index('IDX_audit_log_consultation_created', ['consultationId', 'createdAt', 'id'])
@Index('IDX_audit_log_action_created', ['action', 'createdAt', 'id'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_audit_log' })
  id!: string;

  /** Null for actions of the system (the report threshold). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The actor's display name at the time (kept when the account is gone). */
  @Column({ name: 'actor_name', type: 'varchar', length: 80 })
  actorName!: string;

  @Column({ type: 'varchar', length: 30 })
  action!: AuditAction;

  @Column({ name: 'target_type', type: 'varchar', length: 20 })
  targetType!: AuditTargetType;

  /** The comment's, reply's or consultation's id, or a word list's key. */
  @Column({ name: 'target_id', type: 'varchar', length: 64 })
  targetId!: string;

  @Column({ name: 'consultation_id', type: 'uuid', nullable: true })
  consultationId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
