import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The moderation queue across every consultation (the web app's default) filters by state and orders by time: without a
 * leading consultation_id the existing comment indexes cannot serve it, so the first page was a sequential scan of all
 * comments plus a sort (tools/bench/moderation-queue.sh, docs/performance.md). Flag filters probe flag_reasons through GIN
 * (`flag_reasons @> ARRAY[reason]`), so a rare reason no longer walks every pending item.
 */
export class ModerationQueueIndexes1764200900000 implements MigrationInterface {
  name = 'ModerationQueueIndexes1764200900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_comments_state_created" ON "comments" ("state", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_replies_state_created" ON "replies" ("state", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_flag_reasons" ON "moderation_items" USING GIN ("flag_reasons")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_moderation_items_flag_reasons"`);
    await queryRunner.query(`DROP INDEX "IDX_replies_state_created"`);
    await queryRunner.query(`DROP INDEX "IDX_comments_state_created"`);
  }
}
