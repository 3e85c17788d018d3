import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consultation summary report (issue 6): one editable draft per consultation, numbered published versions with
 * their frozen content and table of comments, and their files (PDF, CSV, XLSX, JSON) stored as chunks of at most
 * 1 MiB so they are written and served streaming.
 */
export class CreateReports1764400000000 implements MigrationInterface {
  name = 'CreateReports1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "report_drafts" (
        "consultation_id" uuid NOT NULL,
        "header" jsonb NOT NULL DEFAULT '{}',
        "content" jsonb,
        "state" character varying(20) NOT NULL DEFAULT 'none',
        "job_id" uuid,
        "generated_at" TIMESTAMP WITH TIME ZONE,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_report_drafts_state" CHECK ("state" IN ('none', 'generating', 'ready', 'failed')),
        CONSTRAINT "PK_report_drafts" PRIMARY KEY ("consultation_id"),
        CONSTRAINT "FK_report_drafts_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    await queryRunner.query(`
      CREATE TABLE "report_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "consultation_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "published_by" uuid,
        "change_note" text,
        "content" jsonb NOT NULL,
        "comment_count" integer NOT NULL,
        CONSTRAINT "UQ_report_versions_consultation_version" UNIQUE ("consultation_id", "version"),
        CONSTRAINT "CHK_report_versions_version" CHECK ("version" >= 1),
        CONSTRAINT "PK_report_versions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_report_versions_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_report_versions_published_by" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);

    await queryRunner.query(`
      CREATE TABLE "report_comment_rows" (
        "version_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "submitter_type" character varying(30) NOT NULL,
        "organisation_name" character varying(200),
        "channel" character varying(10) NOT NULL,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "section_key" character varying(16) NOT NULL,
        "section_title" character varying(300) NOT NULL,
        "passage" text,
        "text" text NOT NULL,
        "proposed_wording" text,
        "stance" character varying(20) NOT NULL,
        "area_key" character varying(60),
        "themes" text array NOT NULL,
        "decision" character varying(20),
        "justification" text,
        CONSTRAINT "PK_report_comment_rows" PRIMARY KEY ("version_id", "number"),
        CONSTRAINT "FK_report_comment_rows_version" FOREIGN KEY ("version_id") REFERENCES "report_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    await queryRunner.query(`
      CREATE TABLE "report_files" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "format" character varying(10) NOT NULL,
        "size" integer NOT NULL,
        "sha256" character varying(64) NOT NULL,
        CONSTRAINT "UQ_report_files_version_format" UNIQUE ("version_id", "format"),
        CONSTRAINT "CHK_report_files_format" CHECK ("format" IN ('pdf', 'csv', 'xlsx', 'json')),
        CONSTRAINT "PK_report_files" PRIMARY KEY ("id"),
        CONSTRAINT "FK_report_files_version" FOREIGN KEY ("version_id") REFERENCES "report_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    await queryRunner.query(`
      CREATE TABLE "report_file_chunks" (
        "file_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "bytes" bytea NOT NULL,
        CONSTRAINT "CHK_report_file_chunks_size" CHECK (octet_length("bytes") BETWEEN 1 AND 1048576),
        CONSTRAINT "PK_report_file_chunks" PRIMARY KEY ("file_id", "seq"),
        CONSTRAINT "FK_report_file_chunks_file" FOREIGN KEY ("file_id") REFERENCES "report_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_file_chunks"`);
    await queryRunner.query(`DROP TABLE "report_files"`);
    await queryRunner.query(`DROP TABLE "report_comment_rows"`);
    await queryRunner.query(`DROP TABLE "report_versions"`);
    await queryRunner.query(`DROP TABLE "report_drafts"`);
  }
}
