import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation: per-item screening data, flags, near-duplicate band keys, claims, residents' reports, redaction
 * history, per-consultation settings, city-wide word lists, and the append-only audit log (triggers refuse
 * UPDATE, DELETE and TRUNCATE). Existing comments and replies get their moderation rows (search text folded in
 * SQL for Polish letters; new ones are folded by the app).
 */
export class CreateModeration1764200000000 implements MigrationInterface {
  name = 'CreateModeration1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "moderation_items" (
        "item_id" uuid NOT NULL,
        "item_type" character varying(10) NOT NULL,
        "comment_id" uuid NOT NULL,
        "reply_id" uuid,
        "consultation_id" uuid NOT NULL,
        "author_id" uuid,
        "client_hash" character varying(64),
        "search_text" text NOT NULL,
        "fingerprint" jsonb,
        "duplicate_group_id" uuid,
        "flag_count" integer NOT NULL DEFAULT 0,
        "flag_reasons" character varying(20) array NOT NULL DEFAULT '{}',
        "report_count" integer NOT NULL DEFAULT 0,
        "reports_since_review" integer NOT NULL DEFAULT 0,
        "claimed_by" uuid,
        "claimed_until" TIMESTAMP WITH TIME ZONE,
        "redacted" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "CHK_moderation_items_type" CHECK ("item_type" IN ('comment', 'reply') AND ("item_type" = 'reply') = ("reply_id" IS NOT NULL)),
        CONSTRAINT "CHK_moderation_items_counts" CHECK ("flag_count" >= 0 AND "report_count" >= 0 AND "reports_since_review" >= 0),
        CONSTRAINT "PK_moderation_items" PRIMARY KEY ("item_id"),
        CONSTRAINT "FK_moderation_items_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_moderation_items_reply" FOREIGN KEY ("reply_id") REFERENCES "replies"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_moderation_items_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_moderation_items_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "FK_moderation_items_claimed_by" FOREIGN KEY ("claimed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_comment" ON "moderation_items" ("comment_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_items_consultation_created" ON "moderation_items" ("consultation_id", "item_type", "created_at", "item_id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_author_created" ON "moderation_items" ("author_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_client_created" ON "moderation_items" ("client_hash", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_duplicate_group" ON "moderation_items" ("duplicate_group_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_claimed" ON "moderation_items" ("claimed_by", "claimed_until")`);
    // Folded-text search: 'simple' keeps words as they are (already lower case without diacritics); no extension needed.
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_items_search" ON "moderation_items" USING GIN (to_tsvector('simple'::regconfig, "search_text"))`,
    );

    await queryRunner.query(`
      CREATE TABLE "moderation_flags" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "item_id" uuid NOT NULL,
        "reason" character varying(20) NOT NULL,
        "detail" character varying(200) NOT NULL,
        "start_offset" integer,
        "end_offset" integer,
        "match" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_moderation_flags" PRIMARY KEY ("id"),
        CONSTRAINT "FK_moderation_flags_item" FOREIGN KEY ("item_id") REFERENCES "moderation_items"("item_id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_flags_item" ON "moderation_flags" ("item_id")`);

    await queryRunner.query(`
      CREATE TABLE "moderation_band_keys" (
        "consultation_id" uuid NOT NULL,
        "band_key" character varying(64) NOT NULL,
        "item_id" uuid NOT NULL,
        CONSTRAINT "PK_moderation_band_keys" PRIMARY KEY ("consultation_id", "band_key", "item_id"),
        CONSTRAINT "FK_moderation_band_keys_item" FOREIGN KEY ("item_id") REFERENCES "moderation_items"("item_id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_band_keys_item" ON "moderation_band_keys" ("item_id")`);

    await queryRunner.query(`
      CREATE TABLE "moderation_reports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "item_id" uuid NOT NULL,
        "reporter_id" uuid,
        "reason" character varying(20) NOT NULL,
        "note" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_moderation_reports_reason" CHECK ("reason" IN ('offensive', 'hate_speech', 'spam', 'off_topic', 'personal_data', 'other')),
        CONSTRAINT "UQ_moderation_reports_item_reporter" UNIQUE ("item_id", "reporter_id"),
        CONSTRAINT "PK_moderation_reports" PRIMARY KEY ("id"),
        CONSTRAINT "FK_moderation_reports_item" FOREIGN KEY ("item_id") REFERENCES "moderation_items"("item_id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_moderation_reports_reporter" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_reports_reporter" ON "moderation_reports" ("reporter_id")`);

    await queryRunner.query(`
      CREATE TABLE "redactions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "item_id" uuid NOT NULL,
        "original_text" text NOT NULL,
        "redacted_text" text NOT NULL,
        "redacted_by" uuid,
        "redacted_by_name" character varying(80) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_redactions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_redactions_item" FOREIGN KEY ("item_id") REFERENCES "moderation_items"("item_id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_redactions_redacted_by" FOREIGN KEY ("redacted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_redactions_item_created" ON "redactions" ("item_id", "created_at")`);

    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "actor_id" uuid,
        "actor_name" character varying(80) NOT NULL,
        "action" character varying(30) NOT NULL,
        "target_type" character varying(20) NOT NULL,
        "target_id" character varying(64) NOT NULL,
        "consultation_id" uuid,
        "before" jsonb,
        "after" jsonb,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_audit_log" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_created" ON "audit_log" ("created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_actor_created" ON "audit_log" ("actor_id", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_consultation_created" ON "audit_log" ("consultation_id", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_action_created" ON "audit_log" ("action", "created_at", "id")`);
    await queryRunner.query(`
      CREATE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_audit_log_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION "audit_log_is_append_only"()`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_is_append_only"()`);

    await queryRunner.query(`
      CREATE TABLE "moderation_settings" (
        "consultation_id" uuid NOT NULL,
        "report_threshold" integer NOT NULL DEFAULT 3,
        "updated_by" uuid,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_moderation_settings_threshold" CHECK ("report_threshold" BETWEEN 1 AND 100),
        CONSTRAINT "PK_moderation_settings" PRIMARY KEY ("consultation_id"),
        CONSTRAINT "FK_moderation_settings_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_moderation_settings_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);

    await queryRunner.query(`
      CREATE TABLE "word_lists" (
        "key" character varying(10) NOT NULL,
        "text" text NOT NULL,
        "updated_by" uuid,
        "updated_by_name" character varying(80) NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_word_lists_key" CHECK ("key" IN ('pl', 'en', 'allow')),
        CONSTRAINT "PK_word_lists" PRIMARY KEY ("key"),
        CONSTRAINT "FK_word_lists_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);

    const fold = (column: string): string => `translate(lower(${column}), 'ąćęłńóśźżáéíúüöäôčďěňřšťůžý', 'acelnoszzaeiuuoaocdenrstuzy')`;
    await queryRunner.query(`
      INSERT INTO "moderation_items" ("item_id", "item_type", "comment_id", "consultation_id", "author_id", "search_text", "created_at")
      SELECT c."id", 'comment', c."id", c."consultation_id", c."author_id", ${fold('c."text"')}, c."created_at" FROM "comments" c`);
    await queryRunner.query(`
      INSERT INTO "moderation_items" ("item_id", "item_type", "comment_id", "reply_id", "consultation_id", "author_id", "search_text", "created_at")
      SELECT r."id", 'reply', r."comment_id", r."id", c."consultation_id", r."author_id", ${fold('r."text"')}, r."created_at"
      FROM "replies" r JOIN "comments" c ON c."id" = r."comment_id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "word_lists"`);
    await queryRunner.query(`DROP TABLE "moderation_settings"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_is_append_only"()`);
    await queryRunner.query(`DROP TABLE "redactions"`);
    await queryRunner.query(`DROP TABLE "moderation_reports"`);
    await queryRunner.query(`DROP TABLE "moderation_band_keys"`);
    await queryRunner.query(`DROP TABLE "moderation_flags"`);
    await queryRunner.query(`DROP TABLE "moderation_items"`);
  }
}
