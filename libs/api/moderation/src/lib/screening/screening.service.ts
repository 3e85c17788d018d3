import { AppConfig } from '@consulta/api/core';
import { ScreenedSubmission, ScreeningOutcome, SubmissionScreening } from '@consulta/api/participation';
import { FlagReason, ModerationItemType } from '@consulta/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { NotificationService } from '../notifications/notification.service';
import { POSTING_RATE } from './posting-rate';
import { TEXT_SCREEN, TextScreen } from './text-screen';
import { WordListCache } from './word-list-cache';

interface NewFlag {
  reason: string;
  detail: string;
  start: number | null;
  end: number | null;
  match: string | null;
}

/** Near-duplicate candidates read per submission (the band-key lookup), at most. */
const CANDIDATE_LIMIT = 50;

/**
 * Screens every comment and reply inside its creating transaction (participation's SUBMISSION_SCREENING):
 * text flags (profanity, personal data, links), near-duplicates in the same consultation (grouped, not held),
 * posting rate (same account or address). Any flag but near-duplicate holds a resident's submission.
 * Queries: the moderation row upsert, one rate + candidates read, the flags and band keys inserts.
 */
@Injectable()
export class ScreeningService implements SubmissionScreening {
  constructor(
    @Inject(TEXT_SCREEN) private readonly text: TextScreen,
    private readonly notifications: NotificationService,
    private readonly wordLists: WordListCache,
    private readonly config: AppConfig,
  ) {}

  async screen(submission: ScreenedSubmission, manager: EntityManager): Promise<ScreeningOutcome> {
    await this.wordLists.refresh(manager);
    const findings = this.text.flag(submission.text);
    const fingerprint = this.text.fingerprint(submission.text);
    const clientHash = submission.ip ? createHash('sha256').update(submission.ip).digest('hex') : null;
    const type = submission.kind === 'comment' ? ModerationItemType.Comment : ModerationItemType.Reply;

    const upserted = await manager.query<{ createdAt: Date; inserted: boolean }[]>(
      `INSERT INTO "moderation_items" ("item_id", "item_type", "comment_id", "reply_id", "consultation_id", "author_id", "client_hash",
                                       "search_text", "fingerprint", "created_at")
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, x."created_at" FROM "${type === ModerationItemType.Comment ? 'comments' : 'replies'}" x WHERE x."id" = $1
       ON CONFLICT ("item_id") DO UPDATE SET "search_text" = EXCLUDED."search_text", "fingerprint" = EXCLUDED."fingerprint"
       RETURNING "created_at" AS "createdAt", (xmax = 0) AS "inserted"`,
      [
        submission.id,
        type,
        submission.commentId,
        type === ModerationItemType.Reply ? submission.id : null,
        submission.consultationId,
        submission.authorId,
        clientHash,
        this.text.fold(submission.text),
        fingerprint ? JSON.stringify(fingerprint.value) : null,
      ],
    );
    const { createdAt, inserted } = upserted[0];
    if (!inserted) {
      // Re-screening an edited text: its text flags and band keys are recomputed; reports and their flag stay.
      await manager.query(`DELETE FROM "moderation_flags" WHERE "item_id" = $1 AND "reason" <> 'reports'`, [submission.id]);
      await manager.query(`DELETE FROM "moderation_band_keys" WHERE "item_id" = $1`, [submission.id]);
    }

    const flags: NewFlag[] = findings.map((finding) => ({
      reason: finding.reason,
      detail: finding.detail.slice(0, 200),
      start: finding.start,
      end: finding.end,
      match: finding.match,
    }));

    // Posting rate and near-duplicate candidates in one round trip (IDX_moderation_items_author_created,
    // IDX_moderation_items_client_created, PK_moderation_band_keys).
    const since = new Date(new Date(createdAt).getTime() - POSTING_RATE.windowMinutes * 60_000);
    const context = await manager.query<
      { byAuthor: number; byClient: number; candidates: { id: string; fingerprint: unknown; groupId: string | null }[] | null }[]
    >(
      `SELECT
         (SELECT count(*)::int FROM "moderation_items" WHERE $1::uuid IS NOT NULL AND "author_id" = $1 AND "created_at" > $3 AND "consultation_id" = $4) AS "byAuthor",
         (SELECT count(*)::int FROM "moderation_items" WHERE $2::varchar IS NOT NULL AND "client_hash" = $2 AND "created_at" > $3 AND "consultation_id" = $4) AS "byClient",
         (SELECT json_agg(json_build_object('id', m."item_id", 'fingerprint', m."fingerprint", 'groupId', m."duplicate_group_id"))
          FROM (SELECT DISTINCT b."item_id" FROM "moderation_band_keys" b
                WHERE b."consultation_id" = $4 AND b."band_key" = ANY($5::varchar[]) AND b."item_id" <> $6 LIMIT ${CANDIDATE_LIMIT}) k
          JOIN "moderation_items" m ON m."item_id" = k."item_id") AS "candidates"`,
      [submission.authorId, clientHash, since, submission.consultationId, fingerprint?.bandKeys ?? [], submission.id],
    );
    const { byAuthor, byClient, candidates } = context[0];
    // Scaled like every rate limit (browser tests send everything from one address).
    if (byAuthor >= POSTING_RATE.perAuthor * this.config.RATE_LIMIT_FACTOR) {
      flags.push({
        reason: FlagReason.PostingRate,
        detail: `author:${byAuthor}/${POSTING_RATE.windowMinutes}min`,
        start: null,
        end: null,
        match: null,
      });
    }
    if (byClient >= POSTING_RATE.perClient * this.config.RATE_LIMIT_FACTOR) {
      flags.push({
        reason: FlagReason.PostingRate,
        detail: `address:${byClient}/${POSTING_RATE.windowMinutes}min`,
        start: null,
        end: null,
        match: null,
      });
    }

    let groupId: string | null = null;
    const similar = fingerprint
      ? (candidates ?? []).filter(
          (candidate) => this.text.similarity(fingerprint.value, candidate.fingerprint) >= this.text.nearDuplicateThreshold,
        )
      : [];
    if (similar.length > 0) {
      groupId = similar.find((candidate) => candidate.groupId)?.groupId ?? similar[0].id;
      flags.push({ reason: FlagReason.NearDuplicate, detail: similar[0].id, start: null, end: null, match: null });
      await manager.query(
        `UPDATE "moderation_items" SET "duplicate_group_id" = $1 WHERE "item_id" = ANY($2::uuid[]) AND "duplicate_group_id" IS NULL`,
        [groupId, similar.map((candidate) => candidate.id)],
      );
    }

    if (flags.length > 0) {
      await manager.query(
        `INSERT INTO "moderation_flags" ("item_id", "reason", "detail", "start_offset", "end_offset", "match")
         SELECT $1, * FROM unnest($2::varchar[], $3::varchar[], $4::int[], $5::int[], $6::text[])`,
        [
          submission.id,
          flags.map((flag) => flag.reason),
          flags.map((flag) => flag.detail),
          flags.map((flag) => flag.start),
          flags.map((flag) => flag.end),
          flags.map((flag) => flag.match),
        ],
      );
    }
    if (fingerprint && fingerprint.bandKeys.length > 0) {
      await manager.query(
        `INSERT INTO "moderation_band_keys" ("consultation_id", "band_key", "item_id") SELECT $1, unnest($2::varchar[]), $3 ON CONFLICT DO NOTHING`,
        [submission.consultationId, fingerprint.bandKeys, submission.id],
      );
    }
    await manager.query(
      `UPDATE "moderation_items" m SET "duplicate_group_id" = coalesce($2::uuid, m."duplicate_group_id"),
         "flag_count" = f."count", "flag_reasons" = f."reasons"
       FROM (SELECT count(*)::int AS "count", coalesce(array_agg(DISTINCT "reason"), '{}') AS "reasons" FROM "moderation_flags" WHERE "item_id" = $1) f
       WHERE m."item_id" = $1`,
      [submission.id, groupId],
    );

    // A new official reply (staff only; never held) tells the comment's author, in this same transaction.
    if (inserted && type === ModerationItemType.Reply && submission.byStaff) {
      const [reply] = await manager.query<{ official: boolean }[]>(`SELECT "official" FROM "replies" WHERE "id" = $1`, [submission.id]);
      if (reply?.official) await this.notifications.officialReply(submission.id, manager);
    }

    const holds = flags.some((flag) => flag.reason !== FlagReason.NearDuplicate);
    return { hold: holds && !submission.byStaff };
  }
}
