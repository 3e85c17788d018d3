import { DomainException } from '@consulta/api/core';
import { SessionUser } from '@consulta/api/identity';
import { JobContext, JobQueue } from '@consulta/api/jobs';
import { AuditRepository, NewAuditEntry } from '@consulta/api/moderation';
import {
  AcceptProposalRequest,
  AuditAction,
  AuditTargetType,
  DiscoveryRunDto,
  ErrorCode,
  MergeProposalsRequest,
  ProposalState,
  RenameProposalRequest,
  THEME_NAME_MAX_LENGTH,
  THEME_NAME_MIN_LENGTH,
  ThemeAssignmentSource,
  ThemeDto,
  ThemeJobStartedDto,
  ThemeOrigin,
  ThemeProposalDto,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { discoverThemes, ThemeProposal } from '../engine';
import { DiscoveryRepository, NewProposal, ProposalRow } from '../repositories/discovery.repository';
import { CorpusComment, ThemeCommentRepository } from '../repositories/theme-comment.repository';
import { ThemeRepository } from '../repositories/theme.repository';
import { cleanText, isUuid, nameTaken, proposalNotFound, proposalNotOpen, themeNotFound } from '../themes-errors';
import { toDiscoveryRunDto, toProposalDto, toThemeDto } from '../themes.mapper';
import { ScopedConsultation, ThemeScope } from './theme-scope';
import { cleanDraft, ThemeService } from './theme.service';

export const DISCOVER_JOB = 'themes.discover';
/** Fixed, so that the same comments always give the same proposals. */
export const DISCOVERY_SEED = 1;
const KEYWORDS_MAX = 8;

export interface DiscoverJobPayload {
  runId: string;
}

/** Discovery of new themes among uncovered comments (a job), and staff's work on its proposals. Every change is audited. */
@Injectable()
export class DiscoveryService {
  constructor(
    private readonly scope: ThemeScope,
    private readonly discovery: DiscoveryRepository,
    private readonly comments: ThemeCommentRepository,
    private readonly themes: ThemeRepository,
    private readonly themeService: ThemeService,
    private readonly audit: AuditRepository,
    private readonly jobs: JobQueue,
  ) {}

  /** Queues a run; while one is queued or running for the consultation, answers that one's job. */
  async start(slug: string, actor: SessionUser): Promise<ThemeJobStartedDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const runId = randomUUID();
    const jobId = await this.discovery.transaction(async (manager) => {
      const { job, created } = await this.jobs.enqueue(
        DISCOVER_JOB,
        { runId } satisfies DiscoverJobPayload,
        { createdBy: actor.id, dedupeKey: `${DISCOVER_JOB}:${consultation.id}` },
        manager,
      );
      if (created) {
        await this.discovery.insertRun(
          { id: runId, consultationId: consultation.id, jobId: job.id, seed: DISCOVERY_SEED, createdBy: actor.id },
          manager,
        );
      }
      return job.id;
    });
    return { jobId };
  }

  async latest(slug: string, actor: SessionUser): Promise<DiscoveryRunDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const run = await this.discovery.latestRun(consultation.id);
    if (!run)
      throw new DomainException(ErrorCode.ThemeDiscoveryNotFound, 'No search for new themes has been run in this consultation yet.');
    return toDiscoveryRunDto(run, await this.proposalDtos(await this.discovery.proposals(run.id)));
  }

  async rename(slug: string, id: string, request: RenameProposalRequest, actor: SessionUser): Promise<ThemeProposalDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const name = cleanText(request.name, 'name', THEME_NAME_MIN_LENGTH, THEME_NAME_MAX_LENGTH);
    return this.changeOne(consultation, id, actor, async (proposal, manager) => {
      await this.discovery.update(proposal.id, { name }, manager);
      return { action: AuditAction.RenameProposal, before: { name: proposal.name }, after: { name } };
    });
  }

  async discard(slug: string, id: string, actor: SessionUser): Promise<ThemeProposalDto> {
    const consultation = await this.scope.consultation(slug, actor);
    return this.changeOne(consultation, id, actor, async (proposal, manager) => {
      await this.discovery.update(proposal.id, { state: ProposalState.Discarded }, manager);
      return { action: AuditAction.DiscardProposal, before: { state: proposal.state }, after: { state: ProposalState.Discarded } };
    });
  }

  /** Creates the theme (origin discovery) and assigns the proposal's published comments to it (source discovery). */
  async accept(slug: string, id: string, request: AcceptProposalRequest, actor: SessionUser): Promise<ThemeDto> {
    const consultation = await this.scope.consultation(slug, actor);
    let themeId = '';
    await this.changeOne(consultation, id, actor, async (proposal, manager) => {
      const draft = cleanDraft({ name: request.name ?? proposal.name, description: request.description, colour: request.colour });
      await this.themes.lockConsultation(consultation.id, manager);
      if (await this.themes.withName(consultation.id, draft.name, manager)) throw nameTaken(draft.name);
      themeId = await this.themeService.createLocked(consultation, draft, ThemeOrigin.Discovery, actor, manager);
      const commentIds = await this.discovery.commentIds(proposal.id, manager);
      const assigned = await this.themes.assign(themeId, commentIds, ThemeAssignmentSource.Discovery, actor.id, manager);
      await this.discovery.update(proposal.id, { state: ProposalState.Accepted, themeId }, manager);
      return {
        action: AuditAction.AcceptProposal,
        before: { state: proposal.state, name: proposal.name },
        after: { state: ProposalState.Accepted, themeId, name: draft.name, assigned: assigned.length },
      };
    });
    const theme = await this.themes.byId(consultation.id, themeId);
    if (!theme) throw themeNotFound();
    return toThemeDto(theme);
  }

  /** The first proposal takes the others' comments (and keeps its name); the others become `merged`. */
  async merge(slug: string, request: MergeProposalsRequest, actor: SessionUser): Promise<ThemeProposalDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const ids = [...new Set(request.proposalIds.map((id) => id.toLowerCase()))];
    if (ids.length < 2) throw notMergeable('Choose at least two different proposals to merge.');
    if (!ids.every(isUuid)) throw proposalNotFound();
    const [firstId, ...otherIds] = ids;
    await this.discovery.transaction(async (manager) => {
      const locked = await this.discovery.lockProposals(consultation.id, ids, manager);
      if (locked.length !== ids.length) throw proposalNotFound();
      if (locked.some((proposal) => proposal.state !== ProposalState.Open)) throw proposalNotOpen();
      if (new Set(locked.map((proposal) => proposal.runId)).size !== 1)
        throw notMergeable('Only proposals of the same search can be merged.');
      const byId = new Map(locked.map((proposal) => [proposal.id, proposal]));
      const ordered = ids.map((id) => byId.get(id) as ProposalRow);
      const first = ordered[0];
      for (const other of ordered.slice(1)) {
        await this.discovery.addComments(first.id, await this.discovery.commentIds(other.id, manager), manager);
        await this.discovery.update(other.id, { state: ProposalState.Merged, mergedIntoId: first.id }, manager);
      }
      const keywords = [...new Set(ordered.flatMap((proposal) => proposal.keywords))].slice(0, KEYWORDS_MAX);
      const representativeIds = [...new Set(ordered.flatMap((proposal) => proposal.representativeIds))].slice(
        0,
        first.representativeIds.length || 3,
      );
      await this.discovery.update(first.id, { keywords, representativeIds }, manager);
      await this.audit.append(
        this.entry(
          actor,
          consultation,
          first.id,
          AuditAction.MergeProposals,
          { proposalIds: ids, names: ordered.map((p) => p.name) },
          {
            proposalId: first.id,
            mergedIds: otherIds,
            name: first.name,
          },
        ),
        manager,
      );
    });
    return this.proposalDto(consultation, firstId);
  }

  /**
   * Splits an open proposal into two by clustering its comments again with the engine (fixed seed: the same split every
   * time). The proposal becomes `split`; the two new ones are open, in the same run.
   */
  async split(slug: string, id: string, actor: SessionUser): Promise<ThemeProposalDto[]> {
    const consultation = await this.scope.consultation(slug, actor);
    if (!isUuid(id)) throw proposalNotFound();
    const createdIds = await this.discovery.transaction(async (manager) => {
      const [proposal] = await this.discovery.lockProposals(consultation.id, [id], manager);
      if (!proposal) throw proposalNotFound();
      if (proposal.state !== ProposalState.Open) throw proposalNotOpen();
      const commentIds = await this.discovery.commentIds(proposal.id, manager);
      const texts = await this.comments.byIds(commentIds, manager);
      const halves = splitInTwo(commentIds.flatMap((commentId) => texts.get(commentId) ?? []));
      if (!halves) {
        throw new DomainException(ErrorCode.ThemeProposalNotSplittable, 'The comments of this proposal do not form two distinct groups.');
      }
      const position = await this.discovery.nextPosition(proposal.runId, manager);
      const ids = await this.discovery.insertProposals(
        proposal.runId,
        position,
        halves.map((half) => ({ ...half, parentId: proposal.id })),
        manager,
      );
      await this.discovery.update(proposal.id, { state: ProposalState.Split }, manager);
      await this.audit.append(
        this.entry(
          actor,
          consultation,
          proposal.id,
          AuditAction.SplitProposal,
          { state: proposal.state, name: proposal.name },
          {
            state: ProposalState.Split,
            into: ids.map((newId, index) => ({ id: newId, name: halves[index].name, size: halves[index].commentIds.length })),
          },
        ),
        manager,
      );
      return ids;
    });
    return Promise.all(createdIds.map((createdId) => this.proposalDto(consultation, createdId)));
  }

  /**
   * The job: discovery over the published comments no theme covers; stores the proposals with their comments (a retry
   * replaces them). Runs the engine in this process (see README: no worker thread).
   */
  async run(context: JobContext<DiscoverJobPayload>): Promise<{ proposals: number; comments: number }> {
    const run = await this.discovery.run(context.payload.runId);
    if (!run) return { proposals: 0, comments: 0 };
    context.reportProgress(0, 'Reading comments');
    const corpus = await this.comments.uncovered(run.consultationId);
    context.signal.throwIfAborted();
    const result = discoverThemes(corpus, {
      seed: run.seed,
      onProgress: (fraction, stage) => context.reportProgress(0.05 + 0.85 * fraction, `Discovery: ${stage}`),
    });
    context.signal.throwIfAborted();
    context.reportProgress(0.9, 'Saving proposals');
    const proposals = result.proposals.map(toNewProposal);
    await this.discovery.transaction((manager) => this.discovery.storeResult(run.id, corpus.length, proposals, manager));
    context.reportProgress(1, 'Done');
    return { proposals: proposals.length, comments: corpus.length };
  }

  /** Locks one open proposal of the consultation, applies `change`, audits it, answers the proposal as it is now. */
  private async changeOne(
    consultation: ScopedConsultation,
    id: string,
    actor: SessionUser,
    change: (
      proposal: ProposalRow,
      manager: EntityManager,
    ) => Promise<{ action: AuditAction; before: Record<string, unknown>; after: Record<string, unknown> }>,
  ): Promise<ThemeProposalDto> {
    if (!isUuid(id)) throw proposalNotFound();
    await this.discovery.transaction(async (manager) => {
      const [proposal] = await this.discovery.lockProposals(consultation.id, [id], manager);
      if (!proposal) throw proposalNotFound();
      if (proposal.state !== ProposalState.Open) throw proposalNotOpen();
      const audited = await change(proposal, manager);
      await this.audit.append(this.entry(actor, consultation, id, audited.action, audited.before, audited.after), manager);
    });
    return this.proposalDto(consultation, id);
  }

  private entry(
    actor: SessionUser,
    consultation: ScopedConsultation,
    proposalId: string,
    action: AuditAction,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): NewAuditEntry {
    return {
      actorId: actor.id,
      actorName: actor.displayName,
      action,
      targetType: AuditTargetType.ThemeProposal,
      targetId: proposalId,
      consultationId: consultation.id,
      before,
      after,
    };
  }

  private async proposalDto(consultation: ScopedConsultation, id: string): Promise<ThemeProposalDto> {
    const row = await this.discovery.proposal(consultation.id, id);
    if (!row) throw proposalNotFound();
    const [dto] = await this.proposalDtos([row]);
    return dto;
  }

  private async proposalDtos(rows: ProposalRow[]): Promise<ThemeProposalDto[]> {
    const comments = await this.comments.byIds([...new Set(rows.flatMap((row) => row.representativeIds))]);
    return rows.map((row) => toProposalDto(row, comments));
  }
}

function notMergeable(message: string): DomainException {
  return new DomainException(ErrorCode.ThemeProposalsNotMergeable, message);
}

function toNewProposal(proposal: ThemeProposal): NewProposal {
  return {
    name: proposalName(proposal.keywords),
    keywords: proposal.keywords,
    representativeIds: proposal.representativeCommentIds,
    commentIds: proposal.commentIds,
  };
}

/** The keywords joined, within the theme name's length (a proposal always has a usable name). */
export function proposalName(keywords: readonly string[]): string {
  let name = '';
  for (const keyword of keywords) {
    const next = name ? `${name}, ${keyword}` : keyword;
    if (next.length > THEME_NAME_MAX_LENGTH) break;
    name = next;
  }
  return name.length >= THEME_NAME_MIN_LENGTH ? name : 'Nowy temat';
}

/**
 * Two groups from one proposal's comments: discovery limited to two groups, nothing merged as a duplicate, nothing
 * rejected as a catch-all, no stance split; comments the engine leaves out join the larger group. Null when the engine
 * finds fewer than two groups (too few or too uniform comments).
 */
export function splitInTwo(comments: readonly CorpusComment[]): NewProposal[] | null {
  if (comments.length < 4) return null;
  const result = discoverThemes(comments, {
    seed: DISCOVERY_SEED,
    maxProposals: 2,
    minGroupSize: 2,
    duplicateRatio: Number.POSITIVE_INFINITY,
    minDistinctiveness: Number.NEGATIVE_INFINITY,
    minRelativeCohesion: Number.NEGATIVE_INFINITY,
    polarisedShare: Number.POSITIVE_INFINITY,
    admissionQuantile: null,
  });
  if (result.proposals.length < 2) return null;
  const halves = result.proposals.slice(0, 2).map(toNewProposal);
  const covered = new Set(halves.flatMap((half) => half.commentIds));
  const rest = comments.map((comment) => comment.id).filter((commentId) => !covered.has(commentId));
  halves[0].commentIds = [...halves[0].commentIds, ...rest];
  return halves;
}
