import { MailModule, RateLimitModule } from '@consulta/api/core';
import { ConsultationModule } from '@consulta/api/consultation';
import { IdentityModule } from '@consulta/api/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MODERATION_ENTITIES } from './entities';
import { AuditController } from './http/audit.controller';
import { DispositionsController } from './http/dispositions.controller';
import { ModerationController } from './http/moderation.controller';
import { ReportsController } from './http/reports.controller';
import { SubmissionsController } from './http/submissions.controller';
import { WordListsController } from './http/word-lists.controller';
import { MODERATION_CONFIG, moderationConfigFromEnv } from './moderation-config';
import { NotificationRepository } from './notifications/notification.repository';
import { NotifyAuthorHandler } from './notifications/notify-author.handler';
import { AuditRepository } from './repositories/audit.repository';
import { DispositionRepository } from './repositories/disposition.repository';
import { ModerationItemRepository } from './repositories/moderation-item.repository';
import { ReportRepository } from './repositories/report.repository';
import { SubmissionRepository } from './repositories/submission.repository';
import { ScreeningModule } from './screening/screening.module';
import { AuditService } from './services/audit.service';
import { DecisionService } from './services/decision.service';
import { DispositionService } from './services/disposition.service';
import { QueueService } from './services/queue.service';
import { ReportService } from './services/report.service';
import { SettingsService } from './services/settings.service';
import { SubmissionService } from './services/submission.service';
import { WordListService } from './services/word-list.service';

/**
 * Moderation: the staff queue, claims, decisions, redaction, residents' reports, settings and the audit log.
 * Screening of submissions is ScreeningModule, given to ParticipationModule.withScreening(...) by the app.
 * Needs the identity AccessGuard and JobsModule.forRoot() (author e-mails are jobs) in the app.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(MODERATION_ENTITIES),
    RateLimitModule,
    MailModule,
    IdentityModule,
    ConsultationModule,
    ScreeningModule,
  ],
  controllers: [
    ModerationController,
    DispositionsController,
    SubmissionsController,
    WordListsController,
    ReportsController,
    AuditController,
  ],
  providers: [
    { provide: MODERATION_CONFIG, useFactory: () => moderationConfigFromEnv() },
    ModerationItemRepository,
    ReportRepository,
    AuditRepository,
    QueueService,
    DecisionService,
    ReportService,
    AuditService,
    SettingsService,
    DispositionRepository,
    DispositionService,
    NotificationRepository,
    NotifyAuthorHandler,
    SubmissionRepository,
    SubmissionService,
    WordListService,
  ],
  exports: [AuditRepository],
})
export class ModerationModule {}
