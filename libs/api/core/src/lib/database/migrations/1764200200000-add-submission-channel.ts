import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments received outside the platform (paper, e-mail, a meeting) are entered by staff as ordinary comment rows; their
 * channel, the date received and the submitter's name (staff only) live on the comment's moderation row. Every
 * existing row is online.
 */
export class AddSubmissionChannel1764200200000 implements MigrationInterface {
  name = 'AddSubmissionChannel1764200200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "channel" character varying(10) NOT NULL DEFAULT 'online'`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "received_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "submitter_name" character varying(120)`);
    await queryRunner.query(
      `ALTER TABLE "moderation_items" ADD CONSTRAINT "CHK_moderation_items_channel" CHECK ("channel" IN ('online', 'paper', 'email', 'meeting') AND ("channel" = 'online') = ("received_at" IS NULL) AND ("item_type" = 'comment' OR "channel" = 'online'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP CONSTRAINT "CHK_moderation_items_channel"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "submitter_name"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "received_at"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "channel"`);
  }
}
