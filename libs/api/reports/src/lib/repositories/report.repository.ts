import { ReportCommentRowDto, ReportContentDto, ReportDraftState, ReportFileFormat, ReportHeaderDto } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** What a query needs of a manager; publication passes one that runs its statements one at a time. */
export type Queryable = Pick<EntityManager, 'query'>;

export interface DraftRow {
  consultationId: string;
  header: Partial<ReportHeaderDto>;
  content: ReportContentDto | null;
  state: ReportDraftState;
  jobId: string | null;
  generatedAt: Date | null;
}

export interface VersionRow {
  id: string;
  consultationId: string;
  version: number;
  publishedAt: Date;
  changeNote: string | null;
  commentCount: number;
}

export interface FileRow {
  id: string;
  versionId: string;
  version: number;
  format: ReportFileFormat;
  size: number;
  sha256: string;
}

const SNAPSHOT_ROW_COLUMNS = `"number", "submitter_type" AS "submitterType", "organisation_name" AS "organisationName", "channel",
  "received_at" AS "receivedAt", "section_key" AS "sectionKey", "section_title" AS "sectionTitle", "passage", "text",
  "proposed_wording" AS "proposedWording", "stance", "area_key" AS "areaKey", "themes", "decision", "justification"`;

type RawSnapshotRow = Omit<ReportCommentRowDto, 'receivedAt'> & { receivedAt: Date };

export function toRowDto(
  row: RawSnapshotRow | (Omit<ReportCommentRowDto, 'receivedAt'> & { receivedAt: Date | string }),
): ReportCommentRowDto {
  return {
    number: row.number,
    submitterType: row.submitterType,
    organisationName: row.organisationName,
    channel: row.channel,
    receivedAt: new Date(row.receivedAt).toISOString(),
    sectionKey: row.sectionKey,
    sectionTitle: row.sectionTitle,
    passage: row.passage,
    text: row.text,
    proposedWording: row.proposedWording,
    stance: row.stance,
    areaKey: row.areaKey,
    themes: row.themes,
    decision: row.decision,
    justification: row.justification,
  };
}

/** Every query on the report's own tables: drafts, published versions, their rows and files. */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findDraft(consultationId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<DraftRow | null> {
    const rows = await manager.query<DraftRow[]>(
      `SELECT "consultation_id" AS "consultationId", "header", "content", "state", "job_id" AS "jobId", "generated_at" AS "generatedAt"
       FROM "report_drafts" WHERE "consultation_id" = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  /** Creates the draft row if missing and locks it: every change to a draft goes through this lock. */
  async lockDraft(consultationId: string, manager: EntityManager): Promise<DraftRow> {
    await manager.query(`INSERT INTO "report_drafts" ("consultation_id") VALUES ($1) ON CONFLICT ("consultation_id") DO NOTHING`, [
      consultationId,
    ]);
    const draft = await this.findDraft(consultationId, manager, true);
    if (!draft) throw new Error(`report draft of ${consultationId} vanished`);
    return draft;
  }

  async setJob(consultationId: string, jobId: string, state: ReportDraftState | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "report_drafts" SET "job_id" = $2, "state" = coalesce($3, "state"), "updated_at" = now() WHERE "consultation_id" = $1`,
      [consultationId, jobId, state],
    );
  }

  async setHeader(consultationId: string, header: Partial<ReportHeaderDto>, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "report_drafts" SET "header" = $2::jsonb, "updated_at" = now() WHERE "consultation_id" = $1`, [
      consultationId,
      JSON.stringify(header),
    ]);
  }

  /** Stores a generated content, unless a newer generation already did (a retried or overtaken job). */
  async saveContent(consultationId: string, content: ReportContentDto, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "report_drafts" SET "content" = $2::jsonb, "state" = 'ready', "generated_at" = $3, "updated_at" = now()
       WHERE "consultation_id" = $1 AND ("generated_at" IS NULL OR "generated_at" <= $3)`,
      [consultationId, JSON.stringify(content), content.generatedAt],
    );
  }

  async markFailed(consultationId: string, jobId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "report_drafts" SET "state" = 'failed', "updated_at" = now() WHERE "consultation_id" = $1 AND "job_id" = $2`,
      [consultationId, jobId],
    );
  }

  async versions(consultationId: string, manager: EntityManager = this.dataSource.manager): Promise<VersionRow[]> {
    return manager.query<VersionRow[]>(
      `SELECT "id", "consultation_id" AS "consultationId", "version", "published_at" AS "publishedAt", "change_note" AS "changeNote",
              "comment_count" AS "commentCount"
       FROM "report_versions" WHERE "consultation_id" = $1 ORDER BY "version" DESC`,
      [consultationId],
    );
  }

  async versionContent(versionId: string): Promise<ReportContentDto> {
    const rows = await this.dataSource.query<{ content: ReportContentDto }[]>(`SELECT "content" FROM "report_versions" WHERE "id" = $1`, [
      versionId,
    ]);
    return rows[0].content;
  }

  async files(consultationId: string): Promise<FileRow[]> {
    return this.dataSource.query<FileRow[]>(
      `SELECT f."id", f."version_id" AS "versionId", v."version", f."format", f."size", f."sha256"
       FROM "report_files" f JOIN "report_versions" v ON v."id" = f."version_id"
       WHERE v."consultation_id" = $1 ORDER BY v."version" DESC, f."format"`,
      [consultationId],
    );
  }

  async nextVersionNumber(consultationId: string, manager: EntityManager): Promise<number> {
    const rows = await manager.query<{ next: number }[]>(
      `SELECT coalesce(max("version"), 0)::int + 1 AS "next" FROM "report_versions" WHERE "consultation_id" = $1`,
      [consultationId],
    );
    return rows[0].next;
  }

  async insertVersion(
    version: { consultationId: string; version: number; publishedBy: string | null; changeNote: string | null; content: ReportContentDto },
    manager: EntityManager,
  ): Promise<string> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO "report_versions" ("consultation_id", "version", "published_by", "change_note", "content", "comment_count")
       VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING "id"`,
      [
        version.consultationId,
        version.version,
        version.publishedBy,
        version.changeNote,
        JSON.stringify(version.content),
        version.content.figures.comments,
      ],
    );
    return rows[0].id;
  }

  async setVersionContent(versionId: string, content: ReportContentDto, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "report_versions" SET "content" = $2::jsonb WHERE "id" = $1`, [versionId, JSON.stringify(content)]);
  }

  /**
   * Rows are numbered 1..n without gaps, so a page is a closed range of numbers: an exact index range read whatever the
   * planner's statistics say (a freshly published version is not analysed yet, and `number > x LIMIT n` then scanned the rest).
   */
  async snapshotPage(versionId: string, afterNumber: number, limit: number): Promise<ReportCommentRowDto[]> {
    const rows = await this.dataSource.query<RawSnapshotRow[]>(
      `SELECT ${SNAPSHOT_ROW_COLUMNS} FROM "report_comment_rows" WHERE "version_id" = $1 AND "number" BETWEEN $2 + 1 AND $2 + $3 ORDER BY "number"`,
      [versionId, afterNumber, limit],
    );
    return rows.map(toRowDto);
  }

  /** The snapshot's rows in order, fetched `batch` at a time by number (one indexed range read each): flat memory. */
  async *snapshotRows(versionId: string, manager: Queryable, batch = 1000): AsyncGenerator<ReportCommentRowDto> {
    let after = 0;
    for (;;) {
      const rows = await manager.query<RawSnapshotRow[]>(
        `SELECT ${SNAPSHOT_ROW_COLUMNS} FROM "report_comment_rows" WHERE "version_id" = $1 AND "number" BETWEEN $2 + 1 AND $2 + $3 ORDER BY "number"`,
        [versionId, after, batch],
      );
      for (const row of rows) yield toRowDto(row);
      if (rows.length < batch) return;
      after = rows[rows.length - 1].number;
    }
  }

  async insertFile(versionId: string, format: ReportFileFormat, manager: EntityManager): Promise<string> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO "report_files" ("version_id", "format", "size", "sha256") VALUES ($1, $2, 0, '') RETURNING "id"`,
      [versionId, format],
    );
    return rows[0].id;
  }

  async insertChunk(fileId: string, seq: number, bytes: Buffer, manager: Queryable): Promise<void> {
    await manager.query(`INSERT INTO "report_file_chunks" ("file_id", "seq", "bytes") VALUES ($1, $2, $3)`, [fileId, seq, bytes]);
  }

  async finishFile(fileId: string, size: number, sha256: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "report_files" SET "size" = $2, "sha256" = $3 WHERE "id" = $1`, [fileId, size, sha256]);
  }

  async findFile(consultationId: string, version: number, format: ReportFileFormat): Promise<FileRow | null> {
    const rows = await this.dataSource.query<FileRow[]>(
      `SELECT f."id", f."version_id" AS "versionId", v."version", f."format", f."size", f."sha256"
       FROM "report_files" f JOIN "report_versions" v ON v."id" = f."version_id"
       WHERE v."consultation_id" = $1 AND v."version" = $2 AND f."format" = $3`,
      [consultationId, version, format],
    );
    return rows[0] ?? null;
  }

  /** One chunk's bytes, or null after the last one. */
  async chunk(fileId: string, seq: number): Promise<Buffer | null> {
    const rows = await this.dataSource.query<{ bytes: Buffer }[]>(
      `SELECT "bytes" FROM "report_file_chunks" WHERE "file_id" = $1 AND "seq" = $2`,
      [fileId, seq],
    );
    return rows[0]?.bytes ?? null;
  }

  async setPublicationState(consultationId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "consultations" SET "publication_state" = 'report_published', "updated_at" = now() WHERE "id" = $1`, [
      consultationId,
    ]);
  }
}
