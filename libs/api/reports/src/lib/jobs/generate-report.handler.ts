import { JobContext, JobHandler, JobProcessor } from '@consulta/api/jobs';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GENERATE_REPORT_JOB, GenerateReportPayload } from '../report-jobs';
import { ReportDataRepository } from '../repositories/report-data.repository';
import { ReportRepository } from '../repositories/report.repository';
import { mergeHeader } from '../services/report-header';
import { DOCUMENT_DIFFER, DocumentDiffer, ReportContentService } from '../services/report-content.service';

/**
 * Computes the draft's content from the live data in one read-only REPEATABLE READ transaction (every figure from the
 * same snapshot), then stores it. Idempotent: a rerun stores a newer content; an older one never overwrites a newer.
 */
@JobHandler(GENERATE_REPORT_JOB)
@Injectable()
export class GenerateReportHandler implements JobProcessor<GenerateReportPayload, { comments: number; themes: number }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportRepository,
    private readonly data: ReportDataRepository,
    private readonly content: ReportContentService,
    @Inject(DOCUMENT_DIFFER) private readonly differ: DocumentDiffer | null,
  ) {}

  async process({ payload, signal, reportProgress }: JobContext<GenerateReportPayload>): Promise<{ comments: number; themes: number }> {
    reportProgress(0, 'Odczyt danych konsultacji');
    const content = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const consultation = await this.data.consultationById(payload.consultationId, manager);
      if (!consultation) return null;
      const draft = await this.reports.findDraft(payload.consultationId, manager);
      return this.content.compute(consultation, draft?.header ?? {}, this.differ, manager, (fraction, message) => {
        signal.throwIfAborted();
        reportProgress(fraction * 0.9, message);
      });
    });
    if (!content) return { comments: 0, themes: 0 };
    signal.throwIfAborted();
    reportProgress(0.95, 'Zapisywanie projektu sprawozdania');
    await this.reports.transaction(async (manager) => {
      // Header edits saved while the data were read win over what the snapshot saw.
      const draft = await this.reports.lockDraft(payload.consultationId, manager);
      await this.reports.saveContent(payload.consultationId, { ...content, header: mergeHeader(content.header, draft.header) }, manager);
    });
    reportProgress(1, 'Projekt sprawozdania gotowy');
    return { comments: content.figures.comments, themes: content.themes.length };
  }
}
