import { DomainException } from '@consulta/api/core';
import { ConsultationService } from '@consulta/api/consultation';
import { requireSignedIn, SessionUser } from '@consulta/api/identity';
import {
  COMMENT_PAGE_DEFAULT_LIMIT,
  CommentCountsDto,
  CommentDto,
  CommentPageDto,
  CommentSort,
  CommentState,
  ConsultationStatus,
  CreateCommentRequest,
  ErrorCode,
  ListCommentsQuery,
  ModerationMode,
  SectionCommentCountsDto,
  SubmitterType,
  UpdateCommentRequest,
} from '@consulta/shared/contracts';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { resolveAnchor } from '../anchor';
import { randomUUID } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../cursor';
import { isAuthor, isStaff, toCommentDto, Viewer } from '../participation.mapper';
import { PARTICIPATION_LIMITS } from '../participation-limits';
import { assertPlainText, optionalText } from '../plain-text';
import { AgreementRepository } from '../repositories/agreement.repository';
import { CommentFilter, CommentRepository, CommentRow, CommentScope } from '../repositories/comment.repository';
import { ConsultationLookupRepository } from '../repositories/consultation-lookup.repository';
import { IdempotencyRepository } from '../repositories/idempotency.repository';
import { idempotencyConflict, SubmissionGuard } from './submission-guard';
import { SUBMISSION_SCREENING, SubmissionScreening } from './submission-screening';

export interface Created<T> {
  value: T;
  /** false when an Idempotency-Key retry returned what the first request created. */
  created: boolean;
}

/** The author sees these of their own comments in lists besides the published ones (withdrawn ones only in /me). */
const OWN_VISIBLE_STATES = [CommentState.Pending, CommentState.Rejected, CommentState.Hidden];

@Injectable()
export class CommentService {
  constructor(
    private readonly comments: CommentRepository,
    private readonly agreements: AgreementRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly lookup: ConsultationLookupRepository,
    private readonly consultations: ConsultationService,
    private readonly guard: SubmissionGuard,
    @Optional() @Inject(SUBMISSION_SCREENING) private readonly screening?: SubmissionScreening,
  ) {}

  /**
   * Published comments, plus the viewer's own pending/rejected/hidden ones (and every pending one for
   * staff), merged in display order. Each part is one keyset range scan; `total` counts published only.
   */
  async list(slug: string, query: ListCommentsQuery, viewer: Viewer): Promise<CommentPageDto> {
    const consultation = await this.consultations.findVisible(slug, viewer);
    const sort = query.sort ?? CommentSort.Newest;
    const limit = query.limit ?? COMMENT_PAGE_DEFAULT_LIMIT;
    const cursor = query.cursor ? decodeCursor(query.cursor, sort) : null;
    const filter: CommentFilter = { consultationId: consultation.id, sectionKey: query.section, paragraphKey: query.paragraph };

    const scopes: CommentScope[] = [{ state: CommentState.Published }];
    if (isStaff(viewer)) scopes.push({ state: CommentState.Pending });
    if (viewer)
      scopes.push({ authorId: viewer.id, states: isStaff(viewer) ? [CommentState.Rejected, CommentState.Hidden] : OWN_VISIBLE_STATES });

    const [total, ...parts] = await Promise.all([
      this.comments.countPublished(filter),
      ...scopes.map((scope) => this.comments.page(filter, scope, sort, cursor, limit + 1)),
    ]);
    const merged = mergeSorted(parts, sort);
    const items = merged.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      merged.length > limit && last
        ? encodeCursor({ sort, key: sort === CommentSort.MostAgreed ? String(last.agreeCount) : last.createdAtExact, id: last.id })
        : null;
    return { items: await this.toDtos(items, viewer), nextCursor, total };
  }

  async counts(slug: string, viewer: Viewer): Promise<CommentCountsDto> {
    const consultation = await this.consultations.findVisible(slug, viewer);
    const rows = await this.comments.countPublishedByAnchor(consultation.id);
    const sections = new Map<string, SectionCommentCountsDto>();
    let total = 0;
    for (const row of rows) {
      total += row.count;
      const section = sections.get(row.sectionKey) ?? { sectionKey: row.sectionKey, count: 0, paragraphs: [] };
      section.count += row.count;
      if (row.paragraphKey !== null) {
        const paragraph = section.paragraphs.find((candidate) => candidate.paragraphKey === row.paragraphKey);
        if (paragraph) paragraph.count += row.count;
        else section.paragraphs.push({ paragraphKey: row.paragraphKey, count: row.count });
      }
      sections.set(row.sectionKey, section);
    }
    const sorted = [...sections.values()].sort((a, b) => a.sectionKey.localeCompare(b.sectionKey));
    for (const section of sorted) section.paragraphs.sort((a, b) => a.paragraphKey.localeCompare(b.paragraphKey));
    return { total, sections: sorted };
  }

  async get(id: string, viewer: Viewer): Promise<CommentDto> {
    const row = await this.findVisible(id, viewer);
    return (await this.toDtos([row], viewer))[0];
  }

  /** The comment if `viewer` may see it: published for everyone, any state for its author and staff; else 404. */
  async findVisible(id: string, viewer: Viewer): Promise<CommentRow> {
    const row = isUuid(id) ? await this.comments.findById(id) : null;
    if (!row || !(row.state === CommentState.Published || isAuthor(viewer, row) || isStaff(viewer))) {
      throw new DomainException(ErrorCode.CommentNotFound, 'There is no such comment.');
    }
    return row;
  }

  async create(
    slug: string,
    request: CreateCommentRequest,
    actor: SessionUser,
    idempotencyKeyHeader: string | undefined,
    ip: string | null,
  ): Promise<Created<CommentDto>> {
    requireSignedIn(actor);
    this.guard.rejectBots(request.website);
    const idempotencyKey = this.guard.idempotencyKey(idempotencyKeyHeader);
    const requestHash = this.guard.requestHash(`comment:${slug}`, request);
    if (idempotencyKey) {
      const replay = await this.replay(actor, idempotencyKey, requestHash);
      if (replay) return replay;
    }

    const consultation = await this.consultations.findVisible(slug, actor);
    if (consultation.status !== ConsultationStatus.Open) throw notOpen();
    const text = request.text.trim();
    const proposedWording = optionalText(request.proposedWording);
    const organisationName = request.submitterType === SubmitterType.Resident ? null : optionalText(request.organisationName);
    const quote = optionalText(request.quote);
    assertPlainText({ text, proposedWording, organisationName, quote });
    if (request.personalDataConsent !== true) {
      throw new DomainException(ErrorCode.ConsentRequired, 'Please agree to the processing of your personal data to comment.');
    }
    if (request.submitterType !== SubmitterType.Resident && !organisationName) {
      throw new DomainException(ErrorCode.OrganisationNameRequired, 'Please give the name of the organisation you comment for.', [
        { field: 'organisationName', message: 'organisationName is required unless submitterType is resident' },
      ]);
    }
    const areaKey = optionalText(request.areaKey);
    if (areaKey && !(consultation.areas ?? []).some((area) => area.key === areaKey)) {
      throw new DomainException(ErrorCode.AreaUnknown, `This consultation has no area “${areaKey}”.`);
    }
    const anchor = await resolveAnchor(this.lookup, consultation.id, request.sectionKey, request.paragraphKey, quote);

    await this.guard.consume([
      { key: `comment:user:${actor.id}`, rule: PARTICIPATION_LIMITS.commentsPerAccount },
      ...(ip ? [{ key: `comment:ip:${ip}`, rule: PARTICIPATION_LIMITS.commentsPerIp }] : []),
    ]);

    const id = randomUUID();
    const state = isStaff(actor) || consultation.moderationMode === ModerationMode.Post ? CommentState.Published : CommentState.Pending;
    const resultId = await this.comments.transaction(async (manager) => {
      if (
        idempotencyKey &&
        !(await this.idempotency.claim(actor.id, idempotencyKey, { requestHash, resourceType: 'comment', resourceId: id }, manager))
      ) {
        return null;
      }
      await this.comments.insert(
        {
          id,
          consultationId: consultation.id,
          authorId: actor.id,
          ...anchor,
          text,
          stance: request.stance,
          proposedWording,
          areaKey,
          submitterType: request.submitterType,
          organisationName,
          state,
        },
        manager,
      );
      const outcome = await this.screening?.screen(
        { kind: 'comment', id, commentId: id, consultationId: consultation.id, authorId: actor.id, ip, text, byStaff: isStaff(actor) },
        manager,
      );
      // Post-moderation publishes at once unless screening flagged it: then it waits like in pre-moderation.
      if (outcome?.hold && state === CommentState.Published) await this.comments.setState(id, CommentState.Pending, manager);
      return id;
    });
    if (resultId === null && idempotencyKey) {
      // A concurrent request with the same key won the claim: answer with what it created.
      const replay = await this.replay(actor, idempotencyKey, requestHash);
      if (replay) return replay;
    }
    return { value: await this.get(id, actor), created: true };
  }

  /** The author edits a comment that still awaits moderation; the previous wording is kept for staff. */
  async update(id: string, request: UpdateCommentRequest, actor: SessionUser): Promise<CommentDto> {
    requireSignedIn(actor);
    const row = await this.findVisible(id, actor);
    if (!isAuthor(actor, row)) throw new DomainException(ErrorCode.CommentNotFound, 'There is no such comment.');
    await this.requireOpen(row.consultationId);
    const changes = {
      ...(request.text !== undefined && { text: request.text.trim() }),
      ...(request.stance !== undefined && { stance: request.stance }),
      ...(request.proposedWording !== undefined && { proposedWording: optionalText(request.proposedWording) }),
      ...(request.areaKey !== undefined && { areaKey: optionalText(request.areaKey) }),
    };
    assertPlainText({ text: changes.text, proposedWording: changes.proposedWording });
    if (changes.areaKey) {
      const consultation = await this.consultations.findVisible(row.consultationSlug, actor);
      if (!(consultation.areas ?? []).some((area) => area.key === changes.areaKey)) {
        throw new DomainException(ErrorCode.AreaUnknown, `This consultation has no area “${changes.areaKey}”.`);
      }
    }
    await this.comments.transaction(async (manager) => {
      const locked = await this.comments.lock(id, manager);
      if (locked?.state !== CommentState.Pending) throw notEditable();
      await this.comments.edit(id, changes, manager);
      if (changes.text !== undefined) {
        await this.screening?.screen(
          {
            kind: 'comment',
            id,
            commentId: id,
            consultationId: row.consultationId,
            authorId: actor.id,
            ip: null,
            text: changes.text,
            byStaff: isStaff(actor),
          },
          manager,
        );
      }
    });
    return this.get(id, actor);
  }

  /**
   * The author withdraws a comment that is pending or published (taking back a published one is their
   * right too); it leaves every public list and count. Rejected, hidden or already withdrawn: COMMENT_NOT_WITHDRAWABLE.
   */
  async withdraw(id: string, actor: SessionUser): Promise<CommentDto> {
    requireSignedIn(actor);
    const row = await this.findVisible(id, actor);
    if (!isAuthor(actor, row)) throw new DomainException(ErrorCode.CommentNotFound, 'There is no such comment.');
    await this.requireOpen(row.consultationId);
    await this.comments.transaction(async (manager) => {
      const locked = await this.comments.lock(id, manager);
      if (locked?.state !== CommentState.Pending && locked?.state !== CommentState.Published) {
        throw new DomainException(ErrorCode.CommentNotWithdrawable, 'Only a pending or published comment can be withdrawn.');
      }
      await this.comments.setState(id, CommentState.Withdrawn, manager);
    });
    return this.get(id, actor);
  }

  async requireOpen(consultationId: string): Promise<void> {
    const state = await this.lookup.state(consultationId);
    if (state?.status !== ConsultationStatus.Open) throw notOpen();
  }

  async toDtos(rows: CommentRow[], viewer: Viewer): Promise<CommentDto[]> {
    const agreed = await this.agreements.agreedBy(
      'comment',
      viewer?.id,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toCommentDto(row, viewer, agreed.has(row.id)));
  }

  private async replay(actor: SessionUser, key: string, requestHash: string): Promise<Created<CommentDto> | null> {
    const stored = await this.idempotency.find(actor.id, key);
    if (!stored) return null;
    if (stored.requestHash !== requestHash || stored.resourceType !== 'comment') throw idempotencyConflict();
    return { value: await this.get(stored.resourceId, actor), created: false };
  }
}

function notOpen(): DomainException {
  return new DomainException(ErrorCode.ConsultationNotOpen, 'This consultation is not open for comments.');
}

function notEditable(): DomainException {
  return new DomainException(ErrorCode.CommentNotEditable, 'A comment can only be changed while it awaits moderation.');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Merges lists that are each in display order into one (ties on the sort key broken by id, as in SQL). */
function mergeSorted(parts: CommentRow[][], sort: CommentSort): CommentRow[] {
  const key = (row: CommentRow): string | number => (sort === CommentSort.MostAgreed ? row.agreeCount : row.createdAtExact);
  const compare = (a: CommentRow, b: CommentRow): number => {
    const ka = key(a);
    const kb = key(b);
    const byKey = ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return sort === CommentSort.Oldest ? byKey : -byKey;
  };
  return parts.flat().sort(compare);
}
