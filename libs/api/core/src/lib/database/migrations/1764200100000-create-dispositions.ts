import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city's decisions on comments (dispositions), one row per version, and the per-consultation setting that lets the
 * drafter approve their own decision. Approved dispositions appear in public comment lists, so the table raises the
 * public read version like the other tables those lists show (see 1764000400000-public-read-version).
 */
export class CreateDispositions1764200100000 implements MigrationInterface {
  name = 'CreateDispositions1764200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "dispositions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "comment_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "decision" character varying(20) NOT NULL,
        "justification" text NOT NULL,
        "state" character varying(10) NOT NULL,
        "drafted_by" uuid,
        "drafted_by_name" character varying(80) NOT NULL,
        "approved_by" uuid,
        "approved_by_name" character varying(80),
        "approved_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_dispositions_comment_version" UNIQUE ("comment_id", "version"),
        CONSTRAINT "CHK_dispositions_state" CHECK ("state" IN ('draft', 'approved', 'withdrawn')),
        CONSTRAINT "CHK_dispositions_decision" CHECK ("decision" IN ('noted', 'accepted', 'partly_accepted', 'not_accepted', 'further_work')),
        CONSTRAINT "CHK_dispositions_approved" CHECK (("state" = 'approved') = ("approved_at" IS NOT NULL)),
        CONSTRAINT "PK_dispositions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_dispositions_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_dispositions_drafted_by" FOREIGN KEY ("drafted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "FK_dispositions_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_dispositions_comment_state_version" ON "dispositions" ("comment_id", "state", "version")`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER "TRG_dispositions_public_read_version"
      AFTER INSERT OR UPDATE OR DELETE ON "dispositions"
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION "bump_public_read_version"()`);
    await queryRunner.query(`ALTER TABLE "moderation_settings" ADD "single_step_dispositions" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_settings" DROP COLUMN "single_step_dispositions"`);
    await queryRunner.query(`DROP TRIGGER "TRG_dispositions_public_read_version" ON "dispositions"`);
    await queryRunner.query(`DROP TABLE "dispositions"`);
  }
}
