import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Themes (issue 5): themes per consultation and their comments, suggestions of existing themes, discovery runs with
 * their proposals, and the samples staff code by hand to measure the suggestions. The reports library reads "themes"
 * and "theme_assignments" with SQL.
 */
export class CreateThemes1764300000000 implements MigrationInterface {
  name = 'CreateThemes1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "themes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "consultation_id" uuid NOT NULL,
        "name" character varying(120) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "colour" character varying(7) NOT NULL,
        "origin" character varying(20) NOT NULL,
        "response" text,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_themes_origin" CHECK ("origin" IN ('staff', 'seed', 'discovery')),
        CONSTRAINT "PK_themes" PRIMARY KEY ("id"),
        CONSTRAINT "FK_themes_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_themes_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_themes_consultation_name" ON "themes" ("consultation_id", lower("name"))`);

    await queryRunner.query(`
      CREATE TABLE "theme_assignments" (
        "theme_id" uuid NOT NULL,
        "comment_id" uuid NOT NULL,
        "source" character varying(20) NOT NULL,
        "assigned_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_theme_assignments_source" CHECK ("source" IN ('staff', 'suggestion', 'discovery')),
        CONSTRAINT "PK_theme_assignments" PRIMARY KEY ("theme_id", "comment_id"),
        CONSTRAINT "FK_theme_assignments_theme" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_assignments_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_assignments_assigned_by" FOREIGN KEY ("assigned_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_theme_assignments_comment" ON "theme_assignments" ("comment_id")`);

    await queryRunner.query(`
      CREATE TABLE "theme_suggestions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "consultation_id" uuid NOT NULL,
        "comment_id" uuid NOT NULL,
        "theme_id" uuid NOT NULL,
        "confidence" double precision NOT NULL,
        "state" character varying(10) NOT NULL,
        "job_id" uuid,
        "decided_by" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_theme_suggestions_comment_theme" UNIQUE ("comment_id", "theme_id"),
        CONSTRAINT "CHK_theme_suggestions_state" CHECK ("state" IN ('pending', 'accepted', 'rejected')),
        CONSTRAINT "CHK_theme_suggestions_confidence" CHECK ("confidence" >= 0 AND "confidence" <= 1),
        CONSTRAINT "PK_theme_suggestions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_theme_suggestions_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_suggestions_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_suggestions_theme" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_suggestions_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_theme_suggestions_consultation_state_confidence" ON "theme_suggestions" ("consultation_id", "state", "confidence", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_theme_suggestions_theme" ON "theme_suggestions" ("theme_id")`);

    await queryRunner.query(`
      CREATE TABLE "theme_discovery_runs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "consultation_id" uuid NOT NULL,
        "job_id" uuid NOT NULL,
        "seed" integer NOT NULL,
        "comment_count" integer NOT NULL DEFAULT 0,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_theme_discovery_runs" PRIMARY KEY ("id"),
        CONSTRAINT "FK_theme_discovery_runs_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_discovery_runs_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_theme_discovery_runs_consultation_created" ON "theme_discovery_runs" ("consultation_id", "created_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "theme_proposals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "run_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "name" character varying(120) NOT NULL,
        "keywords" jsonb NOT NULL,
        "representative_ids" jsonb NOT NULL,
        "state" character varying(10) NOT NULL,
        "merged_into_id" uuid,
        "parent_id" uuid,
        "theme_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_theme_proposals_state" CHECK ("state" IN ('open', 'accepted', 'discarded', 'merged', 'split')),
        CONSTRAINT "PK_theme_proposals" PRIMARY KEY ("id"),
        CONSTRAINT "FK_theme_proposals_run" FOREIGN KEY ("run_id") REFERENCES "theme_discovery_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_proposals_theme" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_theme_proposals_run_position" ON "theme_proposals" ("run_id", "position")`);

    await queryRunner.query(`
      CREATE TABLE "theme_proposal_comments" (
        "proposal_id" uuid NOT NULL,
        "comment_id" uuid NOT NULL,
        CONSTRAINT "PK_theme_proposal_comments" PRIMARY KEY ("proposal_id", "comment_id"),
        CONSTRAINT "FK_theme_proposal_comments_proposal" FOREIGN KEY ("proposal_id") REFERENCES "theme_proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_proposal_comments_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_theme_proposal_comments_comment" ON "theme_proposal_comments" ("comment_id")`);

    await queryRunner.query(`
      CREATE TABLE "theme_quality_samples" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "consultation_id" uuid NOT NULL,
        "seed" integer NOT NULL,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_theme_quality_samples" PRIMARY KEY ("id"),
        CONSTRAINT "FK_theme_quality_samples_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_quality_samples_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_theme_quality_samples_consultation_created" ON "theme_quality_samples" ("consultation_id", "created_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "theme_quality_sample_items" (
        "sample_id" uuid NOT NULL,
        "comment_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "coded_theme_ids" uuid array,
        "coded_by" uuid,
        "coded_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_theme_quality_sample_items" PRIMARY KEY ("sample_id", "comment_id"),
        CONSTRAINT "FK_theme_quality_sample_items_sample" FOREIGN KEY ("sample_id") REFERENCES "theme_quality_samples"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_quality_sample_items_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_theme_quality_sample_items_coded_by" FOREIGN KEY ("coded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_theme_quality_sample_items_sample_position" ON "theme_quality_sample_items" ("sample_id", "position")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "theme_quality_sample_items"`);
    await queryRunner.query(`DROP TABLE "theme_quality_samples"`);
    await queryRunner.query(`DROP TABLE "theme_proposal_comments"`);
    await queryRunner.query(`DROP TABLE "theme_proposals"`);
    await queryRunner.query(`DROP TABLE "theme_discovery_runs"`);
    await queryRunner.query(`DROP TABLE "theme_suggestions"`);
    await queryRunner.query(`DROP TABLE "theme_assignments"`);
    await queryRunner.query(`DROP TABLE "themes"`);
  }
}
