import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published comments per anchor (consultation, section, paragraph; '' = the section as a whole), kept exact by a
 * trigger on "comments", so list totals and comment-counts read a few rows instead of counting every comment.
 */
export class CountPublishedComments1764000300000 implements MigrationInterface {
  name = 'CountPublishedComments1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "comment_anchor_counts" (
        "consultation_id" uuid NOT NULL,
        "section_key" character varying(16) NOT NULL,
        "paragraph_key" character varying(16) NOT NULL,
        "published" integer NOT NULL DEFAULT 0,
        CONSTRAINT "CHK_comment_anchor_counts_published" CHECK ("published" >= 0),
        CONSTRAINT "PK_comment_anchor_counts" PRIMARY KEY ("consultation_id", "section_key", "paragraph_key"),
        CONSTRAINT "FK_comment_anchor_counts_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "count_published_comments"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."state" = 'published' THEN
          UPDATE "comment_anchor_counts" SET "published" = "published" - 1
          WHERE "consultation_id" = OLD."consultation_id" AND "section_key" = OLD."section_key" AND "paragraph_key" = coalesce(OLD."paragraph_key", '');
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."state" = 'published' THEN
          INSERT INTO "comment_anchor_counts" ("consultation_id", "section_key", "paragraph_key", "published")
          VALUES (NEW."consultation_id", NEW."section_key", coalesce(NEW."paragraph_key", ''), 1)
          ON CONFLICT ("consultation_id", "section_key", "paragraph_key") DO UPDATE SET "published" = "comment_anchor_counts"."published" + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_comments_count_published"
      AFTER INSERT OR DELETE OR UPDATE OF "state", "consultation_id", "section_key", "paragraph_key" ON "comments"
      FOR EACH ROW EXECUTE FUNCTION "count_published_comments"()`);
    await queryRunner.query(`
      INSERT INTO "comment_anchor_counts" ("consultation_id", "section_key", "paragraph_key", "published")
      SELECT "consultation_id", "section_key", coalesce("paragraph_key", ''), count(*) FROM "comments" WHERE "state" = 'published'
      GROUP BY 1, 2, 3`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_comments_count_published" ON "comments"`);
    await queryRunner.query(`DROP FUNCTION "count_published_comments"()`);
    await queryRunner.query(`DROP TABLE "comment_anchor_counts"`);
  }
}
