import { CommentAgreementEntity, ReplyAgreementEntity } from './agreement.entities';
import { CommentRevisionEntity } from './comment-revision.entity';
import { CommentEntity } from './comment.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { ReplyEntity } from './reply.entity';

export { CommentAgreementEntity, CommentEntity, CommentRevisionEntity, IdempotencyKeyEntity, ReplyAgreementEntity, ReplyEntity };

/** Every entity of the participation domain (TypeOrmModule.forFeature, migration checks). */
export const PARTICIPATION_ENTITIES = [
  CommentEntity,
  CommentRevisionEntity,
  ReplyEntity,
  CommentAgreementEntity,
  ReplyAgreementEntity,
  IdempotencyKeyEntity,
];
