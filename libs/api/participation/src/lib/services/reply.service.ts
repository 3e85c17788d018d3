import { DomainException } from '@consulta/api/core';
import { requireSignedIn, SessionUser } from '@consulta/api/identity';
import { CommentState, CreateReplyRequest, ErrorCode, ModerationMode, ReplyDto, ReplyPageDto } from '@consulta/shared/contracts';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isAuthor, isStaff, toReplyDto, Viewer } from '../participation.mapper';
import { PARTICIPATION_LIMITS } from '../participation-limits';
import { assertPlainText } from '../plain-text';
import { AgreementRepository } from '../repositories/agreement.repository';
import { CommentRepository } from '../repositories/comment.repository';
import { ConsultationLookupRepository } from '../repositories/consultation-lookup.repository';
import { IdempotencyRepository } from '../repositories/idempotency.repository';
import { ReplyRepository, ReplyRow } from '../repositories/reply.repository';
import { CommentService, Created, isUuid } from './comment.service';
import { idempotencyConflict, SubmissionGuard } from './submission-guard';
import { SUBMISSION_SCREENING, SubmissionScreening } from './submission-screening';

@Injectable()
export class ReplyService {
  constructor(
    private readonly replies: ReplyRepository,
    private readonly comments: CommentRepository,
    private readonly commentService: CommentService,
    private readonly agreements: AgreementRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly lookup: ConsultationLookupRepository,
    private readonly guard: SubmissionGuard,
    @Optional() @Inject(SUBMISSION_SCREENING) private readonly screening?: SubmissionScreening,
  ) {}

  /**
   * The whole thread, flattened in display order: depth-first, siblings oldest first, with `depth`.
   * Replies the viewer may not see are left out; their visible descendants stay in place (parentId then
   * names a reply that is not in the list: the web app shows "reply removed"). nextCursor is always null.
   */
  async thread(commentId: string, viewer: Viewer): Promise<ReplyPageDto> {
    const comment = await this.commentService.findVisible(commentId, viewer);
    const rows = await this.replies.listThread(comment.id);
    const children = new Map<string | null, ReplyRow[]>();
    const ids = new Set(rows.map((row) => row.id));
    for (const row of rows) {
      const parent = row.parentId && ids.has(row.parentId) ? row.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), row]);
    }
    const ordered: ReplyRow[] = [];
    const visit = (parent: string | null): void => {
      for (const row of children.get(parent) ?? []) {
        if (canSee(viewer, row)) ordered.push(row);
        visit(row.id);
      }
    };
    visit(null);
    const agreed = await this.agreements.agreedBy(
      'reply',
      viewer?.id,
      ordered.map((row) => row.id),
    );
    return { items: ordered.map((row) => toReplyDto(row, viewer, agreed.has(row.id))), nextCursor: null, total: comment.replyCount };
  }

  async create(
    commentId: string,
    request: CreateReplyRequest,
    actor: SessionUser,
    idempotencyKeyHeader: string | undefined,
    ip: string | null,
  ): Promise<Created<ReplyDto>> {
    requireSignedIn(actor);
    this.guard.rejectBots(request.website);
    if (request.official && !isStaff(actor)) {
      throw new DomainException(ErrorCode.Forbidden, 'Only city staff can post official replies.');
    }
    const idempotencyKey = this.guard.idempotencyKey(idempotencyKeyHeader);
    const requestHash = this.guard.requestHash(`reply:${commentId}`, request);
    if (idempotencyKey) {
      const replay = await this.replay(actor, idempotencyKey, requestHash);
      if (replay) return replay;
    }

    const comment = await this.commentService.findVisible(commentId, actor);
    const consultation = await this.lookup.state(comment.consultationId);
    await this.commentService.requireOpen(comment.consultationId);
    if (comment.state !== CommentState.Published) throw targetNotAvailable();
    let depth = 1;
    if (request.parentId !== undefined) {
      const parent = isUuid(request.parentId) ? await this.replies.findById(request.parentId) : null;
      if (!parent || parent.commentId !== comment.id || parent.state !== CommentState.Published) throw targetNotAvailable();
      depth = parent.depth + 1;
    }
    const text = request.text.trim();
    assertPlainText({ text });

    await this.guard.consume([
      { key: `reply:user:${actor.id}`, rule: PARTICIPATION_LIMITS.repliesPerAccount },
      ...(ip ? [{ key: `reply:ip:${ip}`, rule: PARTICIPATION_LIMITS.repliesPerIp }] : []),
    ]);

    const id = randomUUID();
    const initialState =
      isStaff(actor) || consultation?.moderationMode === ModerationMode.Post ? CommentState.Published : CommentState.Pending;
    const inserted = await this.comments.transaction(async (manager) => {
      if (
        idempotencyKey &&
        !(await this.idempotency.claim(actor.id, idempotencyKey, { requestHash, resourceType: 'reply', resourceId: id }, manager))
      ) {
        return false;
      }
      await this.replies.insert(
        {
          id,
          commentId: comment.id,
          parentId: request.parentId ?? null,
          authorId: actor.id,
          depth,
          text,
          official: request.official === true,
          state: initialState,
        },
        manager,
      );
      const outcome = await this.screening?.screen(
        {
          kind: 'reply',
          id,
          commentId: comment.id,
          consultationId: comment.consultationId,
          authorId: actor.id,
          ip,
          text,
          byStaff: isStaff(actor),
        },
        manager,
      );
      // Post-moderation publishes at once unless screening flagged it: then it waits like in pre-moderation.
      if (outcome?.hold && initialState === CommentState.Published) {
        await this.replies.setState(id, CommentState.Pending, manager);
      } else if (initialState === CommentState.Published) {
        await this.comments.addToReplyCount(comment.id, 1, manager);
      }
      return true;
    });
    if (!inserted && idempotencyKey) {
      const replay = await this.replay(actor, idempotencyKey, requestHash);
      if (replay) return replay;
    }
    return { value: await this.get(id, actor), created: true };
  }

  async get(id: string, viewer: Viewer): Promise<ReplyDto> {
    const row = await this.findVisible(id, viewer);
    const agreed = await this.agreements.agreedBy('reply', viewer?.id, [row.id]);
    return toReplyDto(row, viewer, agreed.has(row.id));
  }

  async findVisible(id: string, viewer: Viewer): Promise<ReplyRow> {
    const row = isUuid(id) ? await this.replies.findById(id) : null;
    if (!row || !canSee(viewer, row)) throw new DomainException(ErrorCode.ReplyNotFound, 'There is no such reply.');
    // A reply is only as visible as its thread.
    await this.commentService.findVisible(row.commentId, viewer);
    return row;
  }

  private async replay(actor: SessionUser, key: string, requestHash: string): Promise<Created<ReplyDto> | null> {
    const stored = await this.idempotency.find(actor.id, key);
    if (!stored) return null;
    if (stored.requestHash !== requestHash || stored.resourceType !== 'reply') throw idempotencyConflict();
    return { value: await this.get(stored.resourceId, actor), created: false };
  }
}

/** Published replies for everyone; the author's own in any state but withdrawn; pending ones for staff too. */
function canSee(viewer: Viewer, row: ReplyRow): boolean {
  if (row.state === CommentState.Published) return true;
  if (isStaff(viewer)) return true;
  return isAuthor(viewer, row) && row.state !== CommentState.Withdrawn;
}

function targetNotAvailable(): DomainException {
  return new DomainException(ErrorCode.ReplyTargetNotAvailable, 'You can only reply to a published comment or reply.');
}
