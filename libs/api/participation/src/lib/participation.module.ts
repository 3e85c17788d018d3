import { RateLimitModule } from '@consulta/api/core';
import { ConsultationModule } from '@consulta/api/consultation';
import { IdentityModule } from '@consulta/api/identity';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PARTICIPATION_ENTITIES } from './entities';
import { CommentsController } from './http/comments.controller';
import { MeController } from './http/me.controller';
import { AccountDataRepository } from './repositories/account-data.repository';
import { AgreementRepository } from './repositories/agreement.repository';
import { CommentRepository } from './repositories/comment.repository';
import { ConsultationLookupRepository } from './repositories/consultation-lookup.repository';
import { IdempotencyRepository } from './repositories/idempotency.repository';
import { ReplyRepository } from './repositories/reply.repository';
import { AgreementService } from './services/agreement.service';
import { CommentService } from './services/comment.service';
import { MyDataService } from './services/my-data.service';
import { PublicReadCache } from './services/public-read-cache';
import { ReplyService } from './services/reply.service';
import { SubmissionGuard } from './services/submission-guard';

/** Comments, replies and agreements on consultation documents; a person's own data (GDPR). Needs the identity AccessGuard in the app. */
@Module({
  imports: [TypeOrmModule.forFeature(PARTICIPATION_ENTITIES), RateLimitModule, IdentityModule, ConsultationModule],
  controllers: [CommentsController, MeController],
  providers: [
    CommentRepository,
    ReplyRepository,
    AgreementRepository,
    IdempotencyRepository,
    ConsultationLookupRepository,
    AccountDataRepository,
    SubmissionGuard,
    CommentService,
    ReplyService,
    AgreementService,
    MyDataService,
    PublicReadCache,
  ],
  exports: [CommentService],
})
export class ParticipationModule {
  /**
   * The module with submission screening: `screeningModule` must export a provider for SUBMISSION_SCREENING
   * (the moderation feature's ScreeningModule). Import either this or the plain module, not both.
   */
  static withScreening(screeningModule: Type<unknown> | DynamicModule): DynamicModule {
    return { module: ParticipationModule, imports: [screeningModule] };
  }
}
