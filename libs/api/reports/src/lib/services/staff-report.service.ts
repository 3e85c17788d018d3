import { DomainException } from '@consulta/api/core';
import { ConsultationService } from '@consulta/api/consultation';
import type { SessionUser } from '@consulta/api/identity';
import { JobQueue, JobRecord } from '@consulta/api/jobs';
import { AuditRepository } from '@consulta/api/moderation';
import {
  AuditAction,
  AuditTargetType,
  ErrorCode,
  JobState,
  PublishReportRequest,
  REPORT_COMMENT_PAGE_DEFAULT_LIMIT,
  ReportCommentPageDto,
  ReportDraftState,
  ReportHeaderDto,
  ReportJobStartedDto,
  StaffReportDto,
  UpdateReportHeaderRequest,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeRowCursor, encodeRowCursor } from '../report-cursor';
import {
  GENERATE_REPORT_JOB,
  GenerateReportPayload,
  PUBLISH_REPORT_JOB,
  PublishReportPayload,
  REPORTABLE_STATUSES,
  reportDedupeKey,
} from '../report-jobs';
import { ReportDataRepository } from '../repositories/report-data.repository';
import { DraftRow, ReportRepository, toRowDto } from '../repositories/report.repository';
import { HEADER_DATE_FIELDS, HEADER_TEXT_FIELDS, mergeHeader } from './report-header';
import { versionSummaries } from './report-versions';

const isActive = (job: JobRecord | null): job is JobRecord => !!job && (job.state === JobState.Queued || job.state === JobState.Running);

/** Staff side of the report: the draft (generate, edit the header, read the live table) and publication. */
@Injectable()
export class StaffReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationService,
    private readonly reports: ReportRepository,
    private readonly data: ReportDataRepository,
    private readonly jobs: JobQueue,
    private readonly audit: AuditRepository,
  ) {}

  async get(slug: string, actor: SessionUser): Promise<StaffReportDto> {
    const consultation = await this.consultations.findVisible(slug, actor);
    const draft = await this.reports.findDraft(consultation.id);
    const job = draft?.jobId ? await this.jobs.get(draft.jobId) : null;
    return {
      state: draftState(draft, job),
      jobId: isActive(job) ? job.id : null,
      draft: draft?.content ?? null,
      versions: versionSummaries(slug, await this.reports.versions(consultation.id), await this.reports.files(consultation.id)),
    };
  }

  /** Queues the draft's (re)generation; while one runs for this consultation, answers that one. */
  async generate(slug: string, actor: SessionUser): Promise<ReportJobStartedDto> {
    const consultation = await this.consultations.findVisible(slug, actor);
    const seen = await this.lastJob(consultation.id);
    return this.reports.transaction(async (manager) => {
      const draft = await this.reports.lockDraft(consultation.id, manager);
      const running = this.runningJob(draft, seen);
      if (running?.kind === GENERATE_REPORT_JOB) return { jobId: running.id };
      if (running) throw busy();
      const payload: GenerateReportPayload = { consultationId: consultation.id };
      const { job } = await this.jobs.enqueue(
        GENERATE_REPORT_JOB,
        { ...payload },
        { createdBy: actor.id, dedupeKey: reportDedupeKey(consultation.id) },
        manager,
      );
      if (job.kind !== GENERATE_REPORT_JOB) throw busy();
      await this.reports.setJob(consultation.id, job.id, ReportDraftState.Generating, manager);
      await this.appendAudit(actor, AuditAction.GenerateReport, consultation.id, slug, null, { jobId: job.id }, manager);
      return { jobId: job.id };
    });
  }

  async updateHeader(slug: string, request: UpdateReportHeaderRequest, actor: SessionUser): Promise<StaffReportDto> {
    const consultation = await this.consultations.findVisible(slug, actor);
    await this.reports.transaction(async (manager) => {
      const draft = await this.reports.lockDraft(consultation.id, manager);
      if (!draft.content) throw draftMissing();
      const edits: Partial<ReportHeaderDto> = {};
      for (const field of HEADER_TEXT_FIELDS) {
        const value = request[field];
        if (typeof value === 'string') edits[field] = value.trim();
      }
      for (const field of HEADER_DATE_FIELDS) if (request[field] !== undefined) edits[field] = request[field] ?? null;
      const before: Record<string, unknown> = {};
      for (const key of Object.keys(edits) as (keyof ReportHeaderDto)[]) before[key] = draft.content.header[key];
      await this.reports.setHeader(consultation.id, { ...draft.header, ...edits }, manager);
      await this.reports.saveContent(consultation.id, { ...draft.content, header: mergeHeader(draft.content.header, edits) }, manager);
      await this.appendAudit(actor, AuditAction.EditReport, consultation.id, slug, before, { ...edits }, manager);
    });
    return this.get(slug, actor);
  }

  /** The draft's table from the live data, in report order. */
  async draftComments(
    slug: string,
    cursor: string | undefined,
    limit: number | undefined,
    actor: SessionUser,
  ): Promise<ReportCommentPageDto> {
    const consultation = await this.consultations.findVisible(slug, actor);
    const after = cursor ? decodeRowCursor(cursor, true) : null;
    const size = limit ?? REPORT_COMMENT_PAGE_DEFAULT_LIMIT;
    const manager = this.dataSource.manager;
    const rows = await this.data.livePage(consultation.id, after, size + 1, manager);
    const page = rows.slice(0, size);
    const last = page[page.length - 1];
    return {
      items: page.map(toRowDto),
      nextCursor:
        rows.length > size && last ? encodeRowCursor({ number: last.number, at: last.receivedAtExact, id: last.commentId }) : null,
      total: await this.data.countPublished(consultation.id, manager),
    };
  }

  /** Queues publication of the next version; only once the consultation has closed and a draft exists. */
  async publish(slug: string, request: PublishReportRequest, actor: SessionUser): Promise<ReportJobStartedDto> {
    const consultation = await this.consultations.findVisible(slug, actor);
    if (!REPORTABLE_STATUSES.includes(consultation.status))
      throw new DomainException(
        ErrorCode.ReportConsultationNotClosed,
        'The report can only be published once the consultation has closed.',
      );
    const seen = await this.lastJob(consultation.id);
    return this.reports.transaction(async (manager) => {
      const draft = await this.reports.lockDraft(consultation.id, manager);
      const running = this.runningJob(draft, seen);
      if (running?.kind === PUBLISH_REPORT_JOB) return { jobId: running.id };
      if (running) throw busy();
      if (!draft.content) throw draftMissing();
      const version = await this.reports.nextVersionNumber(consultation.id, manager);
      const changeNote = request.changeNote?.trim() || null;
      if (version > 1 && !changeNote)
        throw new DomainException(ErrorCode.ReportChangeNoteRequired, 'A corrected report needs a note saying what was corrected.', [
          { field: 'changeNote', message: 'changeNote is required from version 2 on' },
        ]);
      const payload: PublishReportPayload = {
        consultationId: consultation.id,
        version,
        changeNote,
        actorId: actor.id,
        actorName: actor.displayName,
      };
      const { job } = await this.jobs.enqueue(
        PUBLISH_REPORT_JOB,
        { ...payload },
        { createdBy: actor.id, dedupeKey: reportDedupeKey(consultation.id) },
        manager,
      );
      if (job.kind !== PUBLISH_REPORT_JOB) throw busy();
      await this.reports.setJob(consultation.id, job.id, null, manager);
      return { jobId: job.id };
    });
  }

  /**
   * The draft's last job, read before the draft is locked: JobQueue reads on its own connection, which must not wait
   * inside our transaction (on PGlite every connection shares one session, so that would wait for ever).
   */
  private async lastJob(consultationId: string): Promise<{ jobId: string | null; job: JobRecord | null }> {
    const jobId = (await this.reports.findDraft(consultationId))?.jobId ?? null;
    return { jobId, job: jobId ? await this.jobs.get(jobId) : null };
  }

  /** The running job of the locked draft; a job started between the read and the lock counts as running. */
  private runningJob(draft: DraftRow, seen: { jobId: string | null; job: JobRecord | null }): JobRecord | null {
    if (draft.jobId !== seen.jobId) throw busy();
    return isActive(seen.job) ? seen.job : null;
  }

  private appendAudit(
    actor: SessionUser,
    action: AuditAction,
    consultationId: string,
    slug: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    manager: EntityManager,
  ): Promise<void> {
    return this.audit.append(
      {
        actorId: actor.id,
        actorName: actor.displayName,
        action,
        targetType: AuditTargetType.Report,
        targetId: slug,
        consultationId,
        before,
        after,
      },
      manager,
    );
  }
}

/** What staff see: generating while a generation runs, failed when the last one failed for good, else ready or none. */
function draftState(draft: DraftRow | null, job: JobRecord | null): ReportDraftState {
  if (!draft) return ReportDraftState.None;
  if (job?.kind === GENERATE_REPORT_JOB && isActive(job)) return ReportDraftState.Generating;
  if (job?.kind === GENERATE_REPORT_JOB && job.state === JobState.Failed) return ReportDraftState.Failed;
  return draft.content ? ReportDraftState.Ready : ReportDraftState.None;
}

const busy = (): DomainException =>
  new DomainException(ErrorCode.ReportBusy, 'The report is being generated or published; wait until that finishes.');
const draftMissing = (): DomainException => new DomainException(ErrorCode.ReportDraftMissing, 'Generate a draft of the report first.');
