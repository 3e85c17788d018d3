import { CommentEntity } from '@consulta/api/participation';
import { UserEntity } from '@consulta/api/identity';
import { DispositionDecision, DispositionState } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The city's decision on a comment, one row per version: drafted by one staff member, approved by another (or by the
 * drafter when the consultation allows a single step). A draft is edited in place until approved or withdrawn; an
 * approved version is never changed: a revision is a new version. The comment shows its latest approved version.
 */
@Entity({ name: 'dispositions' })
@Unique('UQ_dispositions_comment_version', ['commentId', 'version'])
@Index('IDX_dispositions_comment_state_version', ['commentId', 'state', 'version'])
@Check('CHK_dispositions_state', `"state" IN ('draft', 'approved', 'withdrawn')`)
@Check('CHK_dispositions_decision', `"decision" IN ('noted', 'accepted', 'partly_accepted', 'not_accepted', 'further_work')`)
@Check('CHK_dispositions_approved', `("state" = 'approved') = ("approved_at" IS NOT NULL)`)
export class DispositionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_dispositions' })
  id!: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_dispositions_comment' })
  comment?: CommentEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  decision!: DispositionDecision;

  @Column({ type: 'text' })
  justification!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: DispositionState;

  @Column({ name: 'drafted_by', type: 'uuid', nullable: true })
  draftedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'drafted_by', foreignKeyConstraintName: 'FK_dispositions_drafted_by' })
  drafter?: UserEntity;

  @Column({ name: 'drafted_by_name', type: 'varchar', length: 80 })
  draftedByName!: string;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by', foreignKeyConstraintName: 'FK_dispositions_approved_by' })
  approver?: UserEntity;

  @Column({ name: 'approved_by_name', type: 'varchar', length: 80, nullable: true })
  approvedByName!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
