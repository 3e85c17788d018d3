import { DomainException } from '@consulta/api/core';
import { ConsultationService } from '@consulta/api/consultation';
import { requireRole, SessionUser } from '@consulta/api/identity';
import {
  ClaimBatchDto,
  ClaimBatchRequest,
  CommentState,
  ErrorCode,
  FlagReason,
  MODERATION_PAGE_DEFAULT_LIMIT,
  ModerationItemDetailDto,
  ModerationItemType,
  ModerationQueueItemDto,
  ModerationQueuePageDto,
  ModerationQueueQuery,
  ModerationQueueSort,
  QueueFlagReason,
  STAFF_ROLES,
} from '@consulta/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { MODERATION_CONFIG, ModerationConfig } from '../moderation-config';
import { decodeKeyset, encodeKeyset, isUuid } from '../moderation-cursor';
import { toQueueItemDto, toStaffDispositionDto } from '../moderation.mapper';
import { ModerationItemRepository, QueueRow } from '../repositories/moderation-item.repository';
import { DispositionRepository } from '../repositories/disposition.repository';
import { ReportRepository } from '../repositories/report.repository';
import { toPrefixQuery } from '../search-query';
import { claimedByOther, itemNotFound } from './moderation-errors';

/** The staff queue: filtered keyset pages, one item's detail, claims. */
@Injectable()
export class QueueService {
  constructor(
    private readonly items: ModerationItemRepository,
    private readonly reports: ReportRepository,
    private readonly dispositions: DispositionRepository,
    private readonly consultations: ConsultationService,
    @Inject(MODERATION_CONFIG) private readonly config: ModerationConfig,
  ) {}

  async list(query: ModerationQueueQuery, actor: SessionUser): Promise<ModerationQueuePageDto> {
    requireRole(actor, ...STAFF_ROLES);
    const sort = query.sort ?? ModerationQueueSort.Newest;
    const limit = query.limit ?? MODERATION_PAGE_DEFAULT_LIMIT;
    const cursor = query.cursor ? decodeKeyset(query.cursor, sort) : null;
    let tsQuery: string | undefined;
    if (query.q !== undefined) {
      tsQuery = toPrefixQuery(query.q) ?? undefined;
      if (!tsQuery) throw new DomainException(ErrorCode.SearchQueryInvalid, 'Type at least one word (letters or digits) to search for.');
    }
    const consultationId = query.consultation ? (await this.consultations.findVisible(query.consultation, actor)).id : undefined;
    const rows = await this.items.page(
      {
        type: query.type ?? ModerationItemType.Comment,
        consultationId,
        state: query.state ?? CommentState.Pending,
        sectionKey: query.section,
        stance: query.stance,
        areaKey: query.area,
        channel: query.channel,
        flag: query.flag,
        reported: query.reported,
        claim: query.claim,
        disposition: query.disposition,
        tsQuery,
      },
      sort,
      cursor,
      limit + 1,
      actor.id,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeKeyset({
            sort,
            at: last.createdAtExact,
            count:
              sort === ModerationQueueSort.MostFlags ? last.flagCount : sort === ModerationQueueSort.MostReports ? last.reportCount : 0,
            id: last.id,
          })
        : null;
    return { items: items.map((row) => toQueueItemDto(row, actor.id)), nextCursor };
  }

  async detail(type: ModerationItemType, id: string, actor: SessionUser): Promise<ModerationItemDetailDto> {
    requireRole(actor, ...STAFF_ROLES);
    const row = await this.find(type, id);
    const [flags, revisions, reports, redactions, duplicateIds, dispositions] = await Promise.all([
      this.items.flags(id),
      type === ModerationItemType.Comment ? this.items.revisions(id) : Promise.resolve([]),
      this.reports.forItem(id),
      this.items.redactions(id),
      row.duplicateGroupId ? this.items.duplicateIds(row.duplicateGroupId, id) : Promise.resolve([]),
      type === ModerationItemType.Comment ? this.dispositions.forComment(id) : Promise.resolve([]),
    ]);
    return {
      ...toQueueItemDto(row, actor.id),
      flags: flags.map((flag) => ({
        reason: flag.reason as QueueFlagReason,
        detail: flag.detail,
        start: flag.start,
        end: flag.end,
        match: flag.match,
        createdAt: new Date(flag.createdAt).toISOString(),
      })),
      revisions: revisions.map((revision) => ({ ...revision, replacedAt: new Date(revision.replacedAt).toISOString() })),
      reports: reports.map((report) => ({
        reason: report.reason,
        note: report.note,
        createdAt: new Date(report.createdAt).toISOString(),
      })),
      redactions: redactions.map((redaction) => ({ ...redaction, createdAt: new Date(redaction.createdAt).toISOString() })),
      duplicateIds,
      dispositions: dispositions.map(toStaffDispositionDto),
    };
  }

  /** Takes up to `count` pending items nobody holds, oldest first; moderators claiming at once get different items. */
  async claimBatch(request: ClaimBatchRequest, actor: SessionUser): Promise<ClaimBatchDto> {
    requireRole(actor, ...STAFF_ROLES);
    const type = request.type ?? ModerationItemType.Comment;
    const consultationId = request.consultation ? (await this.consultations.findVisible(request.consultation, actor)).id : undefined;
    const ids = await this.items.transaction((manager) =>
      this.items.claimBatch(type, consultationId, request.count, actor.id, this.config.claimMinutes, manager),
    );
    const rows = await this.items.findRows(type, ids);
    return { items: rows.map((row) => toQueueItemDto(row, actor.id)) };
  }

  /** Claims one item (or extends one's own claim); refused while someone else's claim runs. */
  async claim(type: ModerationItemType, id: string, actor: SessionUser): Promise<ModerationQueueItemDto> {
    requireRole(actor, ...STAFF_ROLES);
    await this.items.transaction(async (manager) => {
      const item = isUuid(id) ? await this.items.lock(type, id, manager) : null;
      if (!item) throw itemNotFound(type);
      if (item.claimActive && item.claimedBy !== actor.id) throw claimedByOther((await this.find(type, id)).claimedByName);
      await this.items.setClaim(id, actor.id, this.config.claimMinutes, manager);
    });
    return toQueueItemDto(await this.find(type, id), actor.id);
  }

  /** Gives up one's own claim (ITEM_NOT_CLAIMED when one does not hold it). */
  async release(type: ModerationItemType, id: string, actor: SessionUser): Promise<ModerationQueueItemDto> {
    requireRole(actor, ...STAFF_ROLES);
    await this.items.transaction(async (manager) => {
      const item = isUuid(id) ? await this.items.lock(type, id, manager) : null;
      if (!item) throw itemNotFound(type);
      if (!item.claimActive || item.claimedBy !== actor.id) {
        throw new DomainException(ErrorCode.ItemNotClaimed, 'You do not hold this item.');
      }
      await this.items.setClaim(id, null, this.config.claimMinutes, manager);
    });
    return toQueueItemDto(await this.find(type, id), actor.id);
  }

  private async find(type: ModerationItemType, id: string): Promise<QueueRow> {
    const [row] = isUuid(id) ? await this.items.findRows(type, [id]) : [];
    if (!row) throw itemNotFound(type);
    return row;
  }
}

/** Reasons a queue filter accepts. */
export const QUEUE_FLAG_REASONS: readonly string[] = [...Object.values(FlagReason), 'reports'];
