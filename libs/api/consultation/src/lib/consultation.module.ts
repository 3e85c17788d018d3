import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsultationService } from './consultation.service';
import { ConsultationSeeder } from './demo/consultation.seeder';
import { DocumentImportService } from './document-import.service';
import { CONSULTATION_ENTITIES } from './entities';
import { AdminConsultationsController } from './http/admin-consultations.controller';
import { ConsultationsController } from './http/consultations.controller';
import { ConsultationRepository } from './repositories/consultation.repository';
import { DocumentRepository } from './repositories/document.repository';

/** Consultations and their versioned documents. Needs DatabaseModule and the identity AccessGuard in the app. */
@Module({
  imports: [TypeOrmModule.forFeature(CONSULTATION_ENTITIES)],
  controllers: [ConsultationsController, AdminConsultationsController],
  providers: [ConsultationRepository, DocumentRepository, ConsultationService, DocumentImportService, ConsultationSeeder],
  exports: [ConsultationService, ConsultationSeeder],
})
export class ConsultationModule {}
