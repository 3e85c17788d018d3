import { UserEntity } from '@consulta/api/identity';
import { CommentEntity } from '@consulta/api/participation';
import { ThemeAssignmentSource } from '@consulta/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ThemeEntity } from './theme.entity';

/** A comment under a theme (a comment can have several). The reports library reads this table with SQL. */
@Entity({ name: 'theme_assignments' })
@Index('IDX_theme_assignments_comment', ['commentId'])
@Check('CHK_theme_assignments_source', `"source" IN ('staff', 'suggestion', 'discovery')`)
export class ThemeAssignmentEntity {
  @PrimaryColumn({ name: 'theme_id', type: 'uuid', primaryKeyConstraintName: 'PK_theme_assignments' })
  themeId!: string;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'FK_theme_assignments_theme' })
  theme?: ThemeEntity;

  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'PK_theme_assignments' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_theme_assignments_comment' })
  comment?: CommentEntity;

  @Column({ type: 'varchar', length: 20 })
  source!: ThemeAssignmentSource;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_by', foreignKeyConstraintName: 'FK_theme_assignments_assigned_by' })
  assigner?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
