import { SessionUser } from '@consulta/api/identity';
import { JobContext, JobQueue } from '@consulta/api/jobs';
import { AuditRepository } from '@consulta/api/moderation';
import {
  AuditAction,
  AuditTargetType,
  SuggestionState,
  ThemeAssignmentSource,
  ThemeJobStartedDto,
  ThemeSuggestionDto,
  ThemeSuggestionPageDto,
} from '@consulta/shared/contracts';
import { DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { suggestThemes, trainSuggester } from '../engine';
import { SuggestionRepository } from '../repositories/suggestion.repository';
import { ThemeCommentRepository } from '../repositories/theme-comment.repository';
import { ThemeRepository } from '../repositories/theme.repository';
import { decodeNumberCursor, encodeCursor } from '../themes-cursor';
import { isUuid, suggestionNotFound, themeNotFound } from '../themes-errors';
import { toSuggestionDto } from '../themes.mapper';
import { ThemeScope } from './theme-scope';

export const SUGGEST_JOB = 'themes.suggest';
/** Fixed, so that the same comments and assignments always give the same suggestions. */
export const SUGGESTER_SEED = 1;
export const SUGGESTIONS_DEFAULT_LIMIT = 25;
export const SUGGESTIONS_MAX_LIMIT = 100;
const CURSOR_KIND = 'theme-suggestions';

export interface SuggestJobPayload {
  consultationId: string;
}

export interface SuggestionQuery {
  state?: SuggestionState;
  themeId?: string;
  cursor?: string;
  limit?: number;
}

/** Suggestions of existing themes for comments no theme covers yet: computed by a job, accepted or rejected by staff. */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly scope: ThemeScope,
    private readonly suggestions: SuggestionRepository,
    private readonly comments: ThemeCommentRepository,
    private readonly themes: ThemeRepository,
    private readonly audit: AuditRepository,
    private readonly jobs: JobQueue,
  ) {}

  /** Queues a run (or answers the one already queued or running for the consultation). */
  async start(slug: string, actor: SessionUser): Promise<ThemeJobStartedDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const { job } = await this.jobs.enqueue(SUGGEST_JOB, { consultationId: consultation.id } satisfies SuggestJobPayload, {
      createdBy: actor.id,
      dedupeKey: `${SUGGEST_JOB}:${consultation.id}`,
    });
    return { jobId: job.id };
  }

  async page(slug: string, query: SuggestionQuery, actor: SessionUser): Promise<ThemeSuggestionPageDto> {
    const consultation = await this.scope.consultation(slug, actor);
    if (
      query.themeId !== undefined &&
      (!isUuid(query.themeId) || (await this.themes.existing(consultation.id, [query.themeId])).length === 0)
    ) {
      throw themeNotFound();
    }
    const filter = { state: query.state ?? SuggestionState.Pending, themeId: query.themeId };
    const limit = Math.min(query.limit ?? SUGGESTIONS_DEFAULT_LIMIT, SUGGESTIONS_MAX_LIMIT);
    const cursor = query.cursor ? decodeNumberCursor(CURSOR_KIND, query.cursor) : null;
    const [rows, total] = await Promise.all([
      this.suggestions.page(consultation.id, filter, cursor, limit + 1),
      this.suggestions.total(consultation.id, filter),
    ]);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toSuggestionDto),
      nextCursor: rows.length > limit && last ? encodeCursor(CURSOR_KIND, Number(last.confidence), last.id) : null,
      total,
    };
  }

  accept(slug: string, id: string, actor: SessionUser): Promise<ThemeSuggestionDto> {
    return this.decide(slug, id, SuggestionState.Accepted, actor);
  }

  reject(slug: string, id: string, actor: SessionUser): Promise<ThemeSuggestionDto> {
    return this.decide(slug, id, SuggestionState.Rejected, actor);
  }

  /** Accepting makes an ordinary assignment (source: suggestion); both are audited in the same transaction. */
  private async decide(slug: string, id: string, state: SuggestionState, actor: SessionUser): Promise<ThemeSuggestionDto> {
    const consultation = await this.scope.consultation(slug, actor);
    if (!isUuid(id)) throw suggestionNotFound();
    const decided = await this.suggestions.transaction(async (manager) => {
      const row = await this.suggestions.lock(consultation.id, id, manager);
      if (!row) throw suggestionNotFound();
      if (row.state !== SuggestionState.Pending) {
        throw new DomainException(ErrorCode.ThemeSuggestionNotPending, 'This suggestion has already been accepted or rejected.');
      }
      if (state === SuggestionState.Accepted) {
        if (!(await this.themes.lock(consultation.id, row.themeId, manager))) throw themeNotFound();
        await this.themes.assign(row.themeId, [row.commentId], ThemeAssignmentSource.Suggestion, actor.id, manager);
      }
      await this.suggestions.decide(id, state, actor.id, manager);
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: state === SuggestionState.Accepted ? AuditAction.AcceptSuggestion : AuditAction.RejectSuggestion,
          targetType: AuditTargetType.ThemeSuggestion,
          targetId: id,
          consultationId: consultation.id,
          before: { state: row.state },
          after: { state, commentId: row.commentId, themeId: row.themeId, confidence: Number(row.confidence) },
        },
        manager,
      );
      return { ...row, state };
    });
    return toSuggestionDto(decided);
  }

  /**
   * The job: trains on the current assignments plus each theme's name and description (all published comments give the
   * vocabulary), suggests for published comments no theme covers, leaves out pairs staff already decided, and replaces
   * the pending suggestions. Runs the engine in this process (see README: no worker thread).
   */
  async run(context: JobContext<SuggestJobPayload>): Promise<{ suggestions: number; comments: number }> {
    const { consultationId } = context.payload;
    context.reportProgress(0, 'Reading comments');
    const [themes, corpus, assignments, decided] = await Promise.all([
      this.themes.list(consultationId),
      this.comments.published(consultationId),
      this.comments.assignments(consultationId),
      this.suggestions.decidedPairs(consultationId),
    ]);
    context.signal.throwIfAborted();
    const assigned = new Set(assignments.map((pair) => pair.commentId));
    const candidates = corpus.filter((comment) => !assigned.has(comment.id));
    let suggestions: { commentId: string; themeId: string; confidence: number }[] = [];
    if (themes.length > 0 && candidates.length > 0) {
      const model = trainSuggester(
        {
          themes: themes.map((theme) => ({ id: theme.id, name: theme.name, description: theme.description })),
          assignments,
          comments: corpus,
        },
        {
          seed: SUGGESTER_SEED,
          onProgress: (fraction) => context.reportProgress(0.05 + 0.75 * fraction, 'Learning from assigned comments'),
        },
      );
      context.signal.throwIfAborted();
      context.reportProgress(0.8, 'Suggesting themes');
      suggestions = suggestThemes(model, candidates).filter((s) => !decided.has(`${s.commentId}:${s.themeId}`));
    }
    context.signal.throwIfAborted();
    context.reportProgress(0.9, 'Saving suggestions');
    const stored = await this.suggestions.transaction((manager) =>
      this.suggestions.replacePending(consultationId, context.jobId, suggestions, manager),
    );
    context.reportProgress(1, 'Done');
    return { suggestions: stored, comments: candidates.length };
  }
}
