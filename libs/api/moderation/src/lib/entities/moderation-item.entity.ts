import { Consultation } from '@consulta/api/consultation';
import { UserEntity } from '@consulta/api/identity';
import { CommentEntity, ReplyEntity } from '@consulta/api/participation';
import { ModerationItemType, SubmissionChannel } from '@consulta/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * What moderation knows about one comment or reply, 1:1 with it (item_id = the comment's or reply's id):
 * screening results (flag counts and reasons, near-duplicate fingerprint and group), residents' reports,
 * the current claim, and the diacritics-folded text the queue searches (GIN index on to_tsvector('simple', …),
 * created by the migration and not synchronised). The state stays on comments/replies (one source of truth).
 */
@Entity({ name: 'moderation_items' })
@Index('IDX_moderation_items_comment', ['commentId'])
@Index('IDX_moderation_items_consultation_created', ['consultationId', 'itemType', 'createdAt', 'itemId'])
@Index('IDX_moderation_items_author_created', ['authorId', 'createdAt'])
@Index('IDX_moderation_items_client_created', ['clientHash', 'createdAt'])
@Index('IDX_moderation_items_duplicate_group', ['duplicateGroupId'])
@Index('IDX_moderation_items_claimed', ['claimedBy', 'claimedUntil'])
@Index('IDX_moderation_items_search', { synchronize: false })
@Index('IDX_moderation_items_flag_reasons', { synchronize: false })
@Check('CHK_moderation_items_type', `"item_type" IN ('comment', 'reply') AND ("item_type" = 'reply') = ("reply_id" IS NOT NULL)`)
@Check('CHK_moderation_items_counts', `"flag_count" >= 0 AND "report_count" >= 0 AND "reports_since_review" >= 0`)
@Check(
  'CHK_moderation_items_channel',
  `"channel" IN ('online', 'paper', 'email', 'meeting') AND ("channel" = 'online') = ("received_at" IS NULL) AND ("item_type" = 'comment' OR "channel" = 'online')`,
)
export class ModerationItemEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'PK_moderation_items' })
  itemId!: string;

  @Column({ name: 'item_type', type: 'varchar', length: 10 })
  itemType!: ModerationItemType;

  /** The comment itself, or the thread root of a reply. */
  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_moderation_items_comment' })
  comment?: CommentEntity;

  @Column({ name: 'reply_id', type: 'uuid', nullable: true })
  replyId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'FK_moderation_items_reply' })
  reply?: ReplyEntity;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'FK_moderation_items_consultation' })
  consultation?: Consultation;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_moderation_items_author' })
  author?: UserEntity;

  /** SHA-256 of the submitting IP address (for posting-rate flags; the address itself is not kept). */
  @Column({ name: 'client_hash', type: 'varchar', length: 64, nullable: true })
  clientHash!: string | null;

  /** foldDiacritics(text): lower case, no diacritics; searched through IDX_moderation_items_search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  /** The near-duplicate fingerprint of the text (textFingerprint), null when the text is too short to have one. */
  @Column({ type: 'jsonb', nullable: true })
  fingerprint!: unknown;

  /** Items with nearly the same text share this id (the first item's id). */
  @Column({ name: 'duplicate_group_id', type: 'uuid', nullable: true })
  duplicateGroupId!: string | null;

  @Column({ name: 'flag_count', type: 'int', default: 0 })
  flagCount!: number;

  /** Distinct reasons of the item's flags (a copy kept with the flags, for filtering). */
  @Column({ name: 'flag_reasons', type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  flagReasons!: string[];

  @Column({ name: 'report_count', type: 'int', default: 0 })
  reportCount!: number;

  /** Reports since a moderator last approved or restored the item: compared with the report threshold. */
  @Column({ name: 'reports_since_review', type: 'int', default: 0 })
  reportsSinceReview!: number;

  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'claimed_by', foreignKeyConstraintName: 'FK_moderation_items_claimed_by' })
  claimer?: UserEntity;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ type: 'boolean', default: false })
  redacted!: boolean;

  /** How the comment reached the city: online, or entered by staff from paper, e-mail or a meeting (then author_id is that staff member). */
  @Column({ type: 'varchar', length: 10, default: SubmissionChannel.Online })
  channel!: SubmissionChannel;

  /** Off-platform submissions: when the city received it. */
  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;

  /** Off-platform submissions: the submitter's name if given (personal data: staff only, never public). */
  @Column({ name: 'submitter_name', type: 'varchar', length: 120, nullable: true })
  submitterName!: string | null;

  /** The comment's or reply's own created_at. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
