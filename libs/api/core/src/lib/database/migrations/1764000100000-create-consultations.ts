import { MigrationInterface, QueryRunner } from 'typeorm';

/** Consultations, their areas, and their versioned documents (sections and paragraphs with stable keys). */
export class CreateConsultations1764000100000 implements MigrationInterface {
  name = 'CreateConsultations1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "consultations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" character varying(80) NOT NULL,
        "title" character varying(200) NOT NULL,
        "summary" text NOT NULL,
        "publication_state" character varying(20) NOT NULL DEFAULT 'draft',
        "opens_at" TIMESTAMP WITH TIME ZONE,
        "closes_at" TIMESTAMP WITH TIME ZONE,
        "moderation_mode" character varying(10) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_consultations_publication_state" CHECK ("publication_state" IN ('draft', 'published', 'report_published')),
        CONSTRAINT "CHK_consultations_moderation_mode" CHECK ("moderation_mode" IN ('pre', 'post')),
        CONSTRAINT "CHK_consultations_dates" CHECK ("opens_at" IS NULL OR "closes_at" IS NULL OR "closes_at" > "opens_at"),
        CONSTRAINT "PK_consultations" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_consultations_slug" ON "consultations" ("slug")`);

    await queryRunner.query(`
      CREATE TABLE "consultation_areas" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "consultation_id" uuid NOT NULL,
        "key" character varying(60) NOT NULL,
        "name" character varying(120) NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_consultation_areas" PRIMARY KEY ("id"),
        CONSTRAINT "FK_consultation_areas_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_consultation_areas_consultation_key" ON "consultation_areas" ("consultation_id", "key")`,
    );

    await queryRunner.query(`
      CREATE TABLE "document_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "consultation_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "title" character varying(300) NOT NULL,
        "change_note" text,
        "source_markdown" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_document_versions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_document_versions_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_document_versions_consultation_number" ON "document_versions" ("consultation_id", "number")`,
    );

    await queryRunner.query(`
      CREATE TABLE "document_sections" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "key" character varying(16) NOT NULL,
        "position" integer NOT NULL,
        "title" character varying(300) NOT NULL,
        CONSTRAINT "PK_document_sections" PRIMARY KEY ("id"),
        CONSTRAINT "FK_document_sections_version" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_document_sections_version_position" ON "document_sections" ("version_id", "position")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_document_sections_version_key" ON "document_sections" ("version_id", "key")`);

    await queryRunner.query(`
      CREATE TABLE "document_paragraphs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "section_id" uuid NOT NULL,
        "consultation_id" uuid NOT NULL,
        "key" character varying(16) NOT NULL,
        "position" integer NOT NULL,
        "kind" character varying(20) NOT NULL,
        "text" text NOT NULL,
        CONSTRAINT "CHK_document_paragraphs_kind" CHECK ("kind" IN ('text', 'list_item')),
        CONSTRAINT "PK_document_paragraphs" PRIMARY KEY ("id"),
        CONSTRAINT "FK_document_paragraphs_version" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_document_paragraphs_section" FOREIGN KEY ("section_id") REFERENCES "document_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_document_paragraphs_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_document_paragraphs_version_position" ON "document_paragraphs" ("version_id", "position")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_document_paragraphs_version_key" ON "document_paragraphs" ("version_id", "key")`);
    await queryRunner.query(`CREATE INDEX "IDX_document_paragraphs_consultation_key" ON "document_paragraphs" ("consultation_id", "key")`);
    await queryRunner.query(`CREATE INDEX "IDX_document_paragraphs_section" ON "document_paragraphs" ("section_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "document_paragraphs"`);
    await queryRunner.query(`DROP TABLE "document_sections"`);
    await queryRunner.query(`DROP TABLE "document_versions"`);
    await queryRunner.query(`DROP TABLE "consultation_areas"`);
    await queryRunner.query(`DROP TABLE "consultations"`);
  }
}
