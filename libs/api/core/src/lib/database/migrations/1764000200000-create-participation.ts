import { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments on consultation documents, their edit history, threaded replies, agreements, idempotency keys. */
export class CreateParticipation1764000200000 implements MigrationInterface {
  name = 'CreateParticipation1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "comments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "consultation_id" uuid NOT NULL,
        "author_id" uuid,
        "section_key" character varying(16) NOT NULL,
        "paragraph_key" character varying(16),
        "quote" text,
        "quote_start" integer,
        "quote_end" integer,
        "document_version" integer NOT NULL,
        "text" text NOT NULL,
        "stance" character varying(20) NOT NULL,
        "proposed_wording" text,
        "area_key" character varying(60),
        "submitter_type" character varying(30) NOT NULL,
        "organisation_name" character varying(200),
        "state" character varying(20) NOT NULL,
        "rejection_reason" character varying(30),
        "rejection_note" text,
        "agree_count" integer NOT NULL DEFAULT 0,
        "reply_count" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "edited_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_comments_state" CHECK ("state" IN ('pending', 'published', 'rejected', 'hidden', 'withdrawn')),
        CONSTRAINT "CHK_comments_stance" CHECK ("stance" IN ('support', 'oppose', 'neutral', 'proposes_change')),
        CONSTRAINT "CHK_comments_submitter_type" CHECK ("submitter_type" IN ('resident', 'ngo', 'business', 'public_institution', 'district_councillor', 'other')),
        CONSTRAINT "CHK_comments_counts" CHECK ("agree_count" >= 0 AND "reply_count" >= 0),
        CONSTRAINT "PK_comments" PRIMARY KEY ("id"),
        CONSTRAINT "FK_comments_consultation" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_comments_section_created" ON "comments" ("consultation_id", "section_key", "state", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_comments_section_agreed" ON "comments" ("consultation_id", "section_key", "state", "agree_count", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_comments_paragraph_created" ON "comments" ("consultation_id", "paragraph_key", "state", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_comments_paragraph_agreed" ON "comments" ("consultation_id", "paragraph_key", "state", "agree_count", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_comments_consultation_created" ON "comments" ("consultation_id", "state", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_comments_consultation_agreed" ON "comments" ("consultation_id", "state", "agree_count", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_comments_author" ON "comments" ("author_id", "created_at")`);

    await queryRunner.query(`
      CREATE TABLE "comment_revisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "comment_id" uuid NOT NULL,
        "text" text NOT NULL,
        "stance" character varying(20) NOT NULL,
        "proposed_wording" text,
        "area_key" character varying(60),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_comment_revisions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_comment_revisions_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_comment_revisions_comment" ON "comment_revisions" ("comment_id", "created_at")`);

    await queryRunner.query(`
      CREATE TABLE "replies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "comment_id" uuid NOT NULL,
        "parent_id" uuid,
        "author_id" uuid,
        "depth" integer NOT NULL,
        "text" text NOT NULL,
        "official" boolean NOT NULL DEFAULT false,
        "state" character varying(20) NOT NULL,
        "rejection_reason" character varying(30),
        "rejection_note" text,
        "agree_count" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_replies_state" CHECK ("state" IN ('pending', 'published', 'rejected', 'hidden', 'withdrawn')),
        CONSTRAINT "CHK_replies_counts" CHECK ("agree_count" >= 0 AND "depth" >= 1),
        CONSTRAINT "PK_replies" PRIMARY KEY ("id"),
        CONSTRAINT "FK_replies_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_replies_parent" FOREIGN KEY ("parent_id") REFERENCES "replies"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "FK_replies_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_replies_comment_created" ON "replies" ("comment_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_replies_author" ON "replies" ("author_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_replies_parent" ON "replies" ("parent_id")`);

    await queryRunner.query(`
      CREATE TABLE "comment_agreements" (
        "comment_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_comment_agreements" PRIMARY KEY ("comment_id", "user_id"),
        CONSTRAINT "FK_comment_agreements_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_comment_agreements_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_comment_agreements_user" ON "comment_agreements" ("user_id")`);

    await queryRunner.query(`
      CREATE TABLE "reply_agreements" (
        "reply_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_reply_agreements" PRIMARY KEY ("reply_id", "user_id"),
        CONSTRAINT "FK_reply_agreements_reply" FOREIGN KEY ("reply_id") REFERENCES "replies"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_reply_agreements_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_reply_agreements_user" ON "reply_agreements" ("user_id")`);

    await queryRunner.query(`
      CREATE TABLE "idempotency_keys" (
        "user_id" uuid NOT NULL,
        "key" character varying(100) NOT NULL,
        "request_hash" character varying(64) NOT NULL,
        "resource_type" character varying(20) NOT NULL,
        "resource_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_keys" PRIMARY KEY ("user_id", "key"),
        CONSTRAINT "FK_idempotency_keys_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_keys_created" ON "idempotency_keys" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "reply_agreements"`);
    await queryRunner.query(`DROP TABLE "comment_agreements"`);
    await queryRunner.query(`DROP TABLE "replies"`);
    await queryRunner.query(`DROP TABLE "comment_revisions"`);
    await queryRunner.query(`DROP TABLE "comments"`);
  }
}
