import { CommentState, ProposalState, Stance } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface DiscoveryRunRow {
  id: string;
  consultationId: string;
  jobId: string;
  seed: number;
  commentCount: number;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface ProposalRow {
  id: string;
  runId: string;
  consultationId: string;
  position: number;
  name: string;
  keywords: string[];
  representativeIds: string[];
  state: ProposalState;
  themeId: string | null;
  createdAt: Date;
  /** Published comments of the proposal, by stance. */
  stanceCounts: Partial<Record<Stance, number>>;
}

export interface NewProposal {
  name: string;
  keywords: string[];
  representativeIds: string[];
  commentIds: string[];
  parentId?: string | null;
}

const RUN_COLUMNS = `r."id", r."consultation_id" AS "consultationId", r."job_id" AS "jobId", r."seed", r."comment_count" AS "commentCount",
  r."created_at" AS "createdAt", r."finished_at" AS "finishedAt"`;

const PROPOSAL_COLUMNS = `p."id", p."run_id" AS "runId", r."consultation_id" AS "consultationId", p."position", p."name", p."keywords",
  p."representative_ids" AS "representativeIds", p."state", p."theme_id" AS "themeId", p."created_at" AS "createdAt",
  COALESCE((SELECT json_object_agg(x."stance", x."count") FROM (
     SELECT c."stance", count(*)::int AS "count" FROM "theme_proposal_comments" pc JOIN "comments" c ON c."id" = pc."comment_id"
     WHERE pc."proposal_id" = p."id" AND c."state" = '${CommentState.Published}' GROUP BY c."stance") x), '{}'::json) AS "stanceCounts"`;

/** Discovery runs, their proposals and the proposals' comments. */
@Injectable()
export class DiscoveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insertRun(
    run: { id: string; consultationId: string; jobId: string; seed: number; createdBy: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "theme_discovery_runs" ("id", "consultation_id", "job_id", "seed", "created_by") VALUES ($1, $2, $3, $4, $5)`,
      [run.id, run.consultationId, run.jobId, run.seed, run.createdBy],
    );
  }

  async run(id: string, manager: EntityManager = this.dataSource.manager): Promise<DiscoveryRunRow | null> {
    const rows = await manager.query<DiscoveryRunRow[]>(`SELECT ${RUN_COLUMNS} FROM "theme_discovery_runs" r WHERE r."id" = $1`, [id]);
    return rows[0] ?? null;
  }

  async latestRun(consultationId: string): Promise<DiscoveryRunRow | null> {
    const rows = await this.dataSource.query<DiscoveryRunRow[]>(
      `SELECT ${RUN_COLUMNS} FROM "theme_discovery_runs" r WHERE r."consultation_id" = $1 ORDER BY r."created_at" DESC, r."id" DESC LIMIT 1`,
      [consultationId],
    );
    return rows[0] ?? null;
  }

  proposals(runId: string, manager: EntityManager = this.dataSource.manager): Promise<ProposalRow[]> {
    return manager.query<ProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS} FROM "theme_proposals" p JOIN "theme_discovery_runs" r ON r."id" = p."run_id"
       WHERE p."run_id" = $1 ORDER BY p."position", p."id"`,
      [runId],
    );
  }

  async proposal(consultationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<ProposalRow | null> {
    const rows = await manager.query<ProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS} FROM "theme_proposals" p JOIN "theme_discovery_runs" r ON r."id" = p."run_id"
       WHERE p."id" = $1 AND r."consultation_id" = $2`,
      [id, consultationId],
    );
    return rows[0] ?? null;
  }

  /** Locks proposals (in id order, so two staff members merging overlapping sets cannot deadlock); returns those of the consultation. */
  async lockProposals(consultationId: string, ids: readonly string[], manager: EntityManager): Promise<ProposalRow[]> {
    const locked = await manager.query<{ id: string }[]>(
      `SELECT p."id" FROM "theme_proposals" p JOIN "theme_discovery_runs" r ON r."id" = p."run_id"
       WHERE p."id" = ANY($1::uuid[]) AND r."consultation_id" = $2 ORDER BY p."id" FOR UPDATE OF p`,
      [ids, consultationId],
    );
    const rows: ProposalRow[] = [];
    for (const { id } of locked) {
      const row = await this.proposal(consultationId, id, manager);
      if (row) rows.push(row);
    }
    return rows;
  }

  /** Published comments of a proposal, oldest first. */
  async commentIds(proposalId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT c."id" FROM "theme_proposal_comments" pc JOIN "comments" c ON c."id" = pc."comment_id"
       WHERE pc."proposal_id" = $1 AND c."state" = '${CommentState.Published}' ORDER BY c."created_at", c."id"`,
      [proposalId],
    );
    return rows.map((row) => row.id);
  }

  /** Replaces a run's proposals (idempotent for a retried job) and marks the run finished. */
  async storeResult(runId: string, commentCount: number, proposals: readonly NewProposal[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM "theme_proposals" WHERE "run_id" = $1`, [runId]);
    await this.insertProposals(runId, 1, proposals, manager);
    await manager.query(`UPDATE "theme_discovery_runs" SET "comment_count" = $2, "finished_at" = now() WHERE "id" = $1`, [
      runId,
      commentCount,
    ]);
  }

  /** Inserts open proposals from `firstPosition` on; returns their ids in order. */
  async insertProposals(
    runId: string,
    firstPosition: number,
    proposals: readonly NewProposal[],
    manager: EntityManager,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, proposal] of proposals.entries()) {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO "theme_proposals" ("run_id", "position", "name", "keywords", "representative_ids", "state", "parent_id")
         VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7) RETURNING "id"`,
        [
          runId,
          firstPosition + index,
          proposal.name,
          JSON.stringify(proposal.keywords),
          JSON.stringify(proposal.representativeIds),
          ProposalState.Open,
          proposal.parentId ?? null,
        ],
      );
      await this.addComments(row.id, proposal.commentIds, manager);
      ids.push(row.id);
    }
    return ids;
  }

  async addComments(proposalId: string, commentIds: readonly string[], manager: EntityManager): Promise<void> {
    for (let start = 0; start < commentIds.length; start += 10000) {
      await manager.query(
        `INSERT INTO "theme_proposal_comments" ("proposal_id", "comment_id")
         SELECT $1, x."id" FROM unnest($2::uuid[]) AS x("id") WHERE EXISTS (SELECT 1 FROM "comments" c WHERE c."id" = x."id")
         ON CONFLICT DO NOTHING`,
        [proposalId, commentIds.slice(start, start + 10000)],
      );
    }
  }

  async nextPosition(runId: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ next: number }[]>(
      `SELECT COALESCE(max("position"), 0)::int + 1 AS "next" FROM "theme_proposals" WHERE "run_id" = $1`,
      [runId],
    );
    return row.next;
  }

  async update(
    id: string,
    fields: {
      name?: string;
      state?: ProposalState;
      keywords?: string[];
      representativeIds?: string[];
      mergedIntoId?: string;
      themeId?: string;
    },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE "theme_proposals" SET
         "name" = COALESCE($2, "name"), "state" = COALESCE($3, "state"), "keywords" = COALESCE($4::jsonb, "keywords"),
         "representative_ids" = COALESCE($5::jsonb, "representative_ids"), "merged_into_id" = COALESCE($6::uuid, "merged_into_id"),
         "theme_id" = COALESCE($7::uuid, "theme_id")
       WHERE "id" = $1`,
      [
        id,
        fields.name ?? null,
        fields.state ?? null,
        fields.keywords ? JSON.stringify(fields.keywords) : null,
        fields.representativeIds ? JSON.stringify(fields.representativeIds) : null,
        fields.mergedIntoId ?? null,
        fields.themeId ?? null,
      ],
    );
  }
}
