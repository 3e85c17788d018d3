import { SUBMISSION_SCREENING } from '@consulta/api/participation';
import { Module } from '@nestjs/common';
import { NotificationService } from '../notifications/notification.service';
import { WordListRepository } from '../repositories/word-list.repository';
import { ScreeningService } from './screening.service';
import { WordListCache } from './word-list-cache';
import { TextAnalysisScreen } from './text-analysis-screen';
import { TEXT_SCREEN } from './text-screen';

/** Provides participation's SUBMISSION_SCREENING (and the text analysis it uses): ParticipationModule.withScreening(ScreeningModule). */
@Module({
  providers: [
    { provide: TEXT_SCREEN, useClass: TextAnalysisScreen },
    ScreeningService,
    NotificationService,
    WordListRepository,
    WordListCache,
    { provide: SUBMISSION_SCREENING, useExisting: ScreeningService },
  ],
  exports: [SUBMISSION_SCREENING, TEXT_SCREEN, NotificationService, WordListRepository],
})
export class ScreeningModule {}
