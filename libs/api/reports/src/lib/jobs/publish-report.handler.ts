import { DomainException } from '@consulta/api/core';
import { effectiveStatusSql } from '@consulta/api/consultation';
import { JobContext, JobHandler, JobProcessor } from '@consulta/api/jobs';
import { AuditRepository } from '@consulta/api/moderation';
import {
  AuditAction,
  AuditTargetType,
  ConsultationStatus,
  ErrorCode,
  ReportCommentRowDto,
  ReportContentDto,
  ReportFileFormat,
} from '@consulta/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ChunkedFileWriter } from '../files/chunked-file-writer';
import { writeCsv, writeJson, writeXlsx } from '../files/report-files';
import { PUBLISH_REPORT_JOB, PublishReportPayload, REPORTABLE_STATUSES } from '../report-jobs';
import { ConsultationFacts, ReportDataRepository } from '../repositories/report-data.repository';
import { Queryable, ReportRepository } from '../repositories/report.repository';
import { DOCUMENT_DIFFER, DocumentDiffer, ReportContentService } from '../services/report-content.service';
import { REPORT_PDF_RENDERER, ReportPdfRenderer } from '../services/report-pdf';

interface FileStep {
  format: ReportFileFormat;
  label: string;
  weight: number;
  write: (
    content: ReportContentDto,
    rows: AsyncIterable<ReportCommentRowDto>,
    out: NodeJS.WritableStream,
    version: number,
  ) => Promise<unknown>;
}

/**
 * Publishes version n of a report in ONE transaction: content recomputed from the live data and the draft's header,
 * the table of comments copied into report_comment_rows, the files (JSON, CSV, XLSX, PDF) written as chunks from that
 * copy, the consultation marked report_published, the audit row. A job that fails at any point leaves nothing behind;
 * a rerun after a commit finds version n and does nothing.
 */
@JobHandler(PUBLISH_REPORT_JOB)
@Injectable()
export class PublishReportHandler implements JobProcessor<PublishReportPayload, { version: number; comments: number }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportRepository,
    private readonly data: ReportDataRepository,
    private readonly content: ReportContentService,
    private readonly audit: AuditRepository,
    @Inject(DOCUMENT_DIFFER) private readonly differ: DocumentDiffer | null,
    @Inject(REPORT_PDF_RENDERER) private readonly pdf: ReportPdfRenderer | null,
  ) {}

  async process({ payload, signal, reportProgress }: JobContext<PublishReportPayload>): Promise<{ version: number; comments: number }> {
    const steps = this.fileSteps();
    const totalWeight = steps.reduce((sum, step) => sum + step.weight, 0);
    reportProgress(0, 'Przygotowanie publikacji');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      // The draft's lock first, before the snapshot is read: publications and header edits of one consultation queue here.
      const draft = await this.reports.lockDraft(payload.consultationId, manager);
      const next = await this.reports.nextVersionNumber(payload.consultationId, manager);
      if (next > payload.version) return { version: payload.version, comments: 0 };
      const consultation = await this.data.consultationById(payload.consultationId, manager);
      if (!consultation) return { version: payload.version, comments: 0 };
      await this.assertClosed(consultation, manager);

      const content = await this.content.compute(consultation, draft.header, this.differ, manager, (fraction, message) => {
        signal.throwIfAborted();
        reportProgress(fraction * 0.15, message);
      });
      const versionId = await this.reports.insertVersion(
        { consultationId: consultation.id, version: next, publishedBy: payload.actorId, changeNote: payload.changeNote, content },
        manager,
      );
      reportProgress(0.15, 'Zapisywanie tabeli uwag');
      const comments = await this.data.snapshotRows(consultation.id, versionId, manager);
      if (comments !== content.figures.comments) throw new Error(`snapshot has ${comments} rows, figures say ${content.figures.comments}`);

      // The file writers read rows and store chunks concurrently; one connection takes one statement at a time.
      const serial = serialQueries(manager);
      let done = 0;
      for (const step of steps) {
        signal.throwIfAborted();
        const from = 0.2 + (0.75 * done) / totalWeight;
        const span = (0.75 * step.weight) / totalWeight;
        reportProgress(from, step.label);
        const rows = this.progressRows(this.reports.snapshotRows(versionId, serial), comments, signal, (fraction) =>
          reportProgress(from + span * fraction, step.label),
        );
        await this.writeFile(versionId, step, content, rows, next, manager, serial);
        done += step.weight;
      }

      reportProgress(0.96, 'Publikowanie');
      await this.reports.setPublicationState(consultation.id, manager);
      await this.reports.saveContent(consultation.id, content, manager);
      await this.audit.append(
        {
          actorId: payload.actorId,
          actorName: payload.actorName,
          action: AuditAction.PublishReport,
          targetType: AuditTargetType.Report,
          targetId: `${consultation.slug}/v${next}`,
          consultationId: consultation.id,
          before: null,
          after: { version: next, changeNote: payload.changeNote, comments },
        },
        manager,
      );
      reportProgress(1, 'Sprawozdanie opublikowane');
      return { version: next, comments };
    });
  }

  private fileSteps(): FileStep[] {
    const steps: FileStep[] = [
      {
        format: ReportFileFormat.Json,
        label: 'Zapisywanie pliku JSON',
        weight: 1,
        write: (content, rows, out) => writeJson(content, rows, out),
      },
      { format: ReportFileFormat.Csv, label: 'Zapisywanie pliku CSV', weight: 1, write: (_content, rows, out) => writeCsv(rows, out) },
      {
        format: ReportFileFormat.Xlsx,
        label: 'Zapisywanie pliku XLSX',
        weight: 2,
        write: (content, rows, out) => writeXlsx(content, rows, out),
      },
    ];
    const pdf = this.pdf;
    if (pdf) {
      steps.push({
        format: ReportFileFormat.Pdf,
        label: 'Składanie pliku PDF',
        weight: 6,
        write: (content, rows, out, version) => pdf.render({ content, rows, version, publishedAt: content.generatedAt }, out),
      });
    }
    return steps;
  }

  private async writeFile(
    versionId: string,
    step: FileStep,
    content: ReportContentDto,
    rows: AsyncIterable<ReportCommentRowDto>,
    version: number,
    manager: EntityManager,
    serial: Queryable,
  ): Promise<void> {
    const fileId = await this.reports.insertFile(versionId, step.format, manager);
    const out = new ChunkedFileWriter((seq, bytes) => this.reports.insertChunk(fileId, seq, bytes, serial));
    const finished = new Promise<void>((resolve, reject) => {
      out.once('finish', () => resolve());
      out.once('error', reject);
    });
    await step.write(content, rows, out, version);
    if (!out.writableEnded) out.end();
    await finished;
    await this.reports.finishFile(fileId, out.size, out.sha256, manager);
  }

  private async *progressRows(
    rows: AsyncIterable<ReportCommentRowDto>,
    total: number,
    signal: AbortSignal,
    progress: (fraction: number) => void,
  ): AsyncGenerator<ReportCommentRowDto> {
    let count = 0;
    for await (const row of rows) {
      yield row;
      if (++count % 1000 === 0) {
        signal.throwIfAborted();
        progress(count / Math.max(total, 1));
      }
    }
  }

  private async assertClosed(consultation: ConsultationFacts, manager: EntityManager): Promise<void> {
    const rows = await manager.query<{ status: ConsultationStatus }[]>(
      `SELECT ${effectiveStatusSql('c')} AS "status" FROM "consultations" c WHERE c."id" = $1`,
      [consultation.id],
    );
    if (!REPORTABLE_STATUSES.includes(rows[0]?.status))
      throw new DomainException(
        ErrorCode.ReportConsultationNotClosed,
        'The report can only be published once the consultation has closed.',
      );
  }
}

/** A manager whose statements run one after another, in the order they were asked for. */
function serialQueries(manager: EntityManager): Queryable {
  let last: Promise<unknown> = Promise.resolve();
  return {
    query: <T>(sql: string, parameters?: unknown[]): Promise<T> => {
      const next = last.then(() => manager.query<T>(sql, parameters));
      last = next.catch(() => undefined);
      return next;
    },
  };
}
