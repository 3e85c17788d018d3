import { ConsultationModule, DocumentDiffService } from '@consulta/api/consultation';
import { IdentityModule } from '@consulta/api/identity';
import { ModerationModule } from '@consulta/api/moderation';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REPORT_ENTITIES } from './entities';
import { PublicReportController } from './http/public-report.controller';
import { StaffReportController } from './http/staff-report.controller';
import { GenerateReportHandler } from './jobs/generate-report.handler';
import { PublishReportHandler } from './jobs/publish-report.handler';
import { ReportDataRepository } from './repositories/report-data.repository';
import { ReportRepository } from './repositories/report.repository';
import { DOCUMENT_DIFFER, ReportContentService } from './services/report-content.service';
import { PublicReportService } from './services/public-report.service';
import { renderReportPdf } from './pdf';
import { REPORT_PDF_RENDERER, ReportPdfRenderer } from './services/report-pdf';
import { StaffReportService } from './services/staff-report.service';

/**
 * The consultation summary report: draft generation and publication as jobs, staff and public routes, stored files.
 * Needs the identity AccessGuard and JobsModule.forRoot() in the app; audit rows through moderation's AuditRepository.
 */
@Module({
  imports: [TypeOrmModule.forFeature(REPORT_ENTITIES), IdentityModule, ConsultationModule, ModerationModule],
  controllers: [StaffReportController, PublicReportController],
  providers: [
    ReportRepository,
    ReportDataRepository,
    ReportContentService,
    StaffReportService,
    PublicReportService,
    GenerateReportHandler,
    PublishReportHandler,
    { provide: DOCUMENT_DIFFER, useExisting: DocumentDiffService },
    { provide: REPORT_PDF_RENDERER, useValue: { render: renderReportPdf } satisfies ReportPdfRenderer },
  ],
})
export class ReportsModule {}
