import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsultationService } from './consultation.service';
import { ConsultationSeeder } from './demo/consultation.seeder';
import { DocumentImportService } from './document-import.service';
import { DocumentDiffService } from './document/document-diff.service';
import { CONSULTATION_ENTITIES } from './entities';
import { AdminConsultationsController } from './http/admin-consultations.controller';
import { ConsultationsController } from './http/consultations.controller';
import { DocumentDiffController } from './http/document-diff.controller';
import { ConsultationRepository } from './repositories/consultation.repository';
import { DocumentChangeLinkRepository } from './repositories/document-change-link.repository';
import { DocumentRepository } from './repositories/document.repository';

/** Consultations and their versioned documents. Needs DatabaseModule and the identity AccessGuard in the app. */
@Module({
  imports: [TypeOrmModule.forFeature(CONSULTATION_ENTITIES)],
  // DocumentDiffController first: its `versions/diff` must win over ConsultationsController's `versions/:number`.
  controllers: [DocumentDiffController, ConsultationsController, AdminConsultationsController],
  providers: [
    ConsultationRepository,
    DocumentRepository,
    DocumentChangeLinkRepository,
    ConsultationService,
    DocumentImportService,
    DocumentDiffService,
    ConsultationSeeder,
  ],
  exports: [ConsultationService, DocumentDiffService, ConsultationSeeder],
})
export class ConsultationModule {}
