import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows appear in public comment lists and counts (users: only the display name does). */
const WATCHED_TABLES = ['comments', 'replies', 'consultations', 'document_versions', 'document_sections', 'document_paragraphs'];

/**
 * One counter, raised when a transaction that changed anything shown in public comment lists commits, so that every
 * API process can drop its cached public pages by polling one row (see the participation library's PublicReadCache).
 * The triggers are deferred constraint triggers: the counter row is locked last, at commit, after every other lock the
 * transaction takes, so it cannot take part in a deadlock, and readers see the new value only once the change is visible.
 */
export class PublicReadVersion1764000400000 implements MigrationInterface {
  name = 'PublicReadVersion1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "public_read_version" (
        "id" smallint NOT NULL DEFAULT 1,
        "version" bigint NOT NULL DEFAULT 0,
        CONSTRAINT "CHK_public_read_version_single_row" CHECK ("id" = 1),
        CONSTRAINT "PK_public_read_version" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`INSERT INTO "public_read_version" ("id", "version") VALUES (1, 0)`);
    await queryRunner.query(`
      CREATE FUNCTION "bump_public_read_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "public_read_version" SET "version" = "version" + 1 WHERE "id" = 1;
        RETURN NULL;
      END $$`);
    for (const table of WATCHED_TABLES) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER "TRG_${table}_public_read_version"
        AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION "bump_public_read_version"()`);
    }
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER "TRG_users_public_read_version"
      AFTER UPDATE OF "display_name" ON "users"
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (OLD."display_name" IS DISTINCT FROM NEW."display_name")
      EXECUTE FUNCTION "bump_public_read_version"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_users_public_read_version" ON "users"`);
    for (const table of [...WATCHED_TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_public_read_version" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "bump_public_read_version"()`);
    await queryRunner.query(`DROP TABLE "public_read_version"`);
  }
}
