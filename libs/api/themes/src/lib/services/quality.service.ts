import { SessionUser } from '@consulta/api/identity';
import {
  CodeSampleItemRequest,
  ErrorCode,
  QualitySampleDto,
  QualitySampleItemDto,
  QualitySampleRequest,
  ThemeQualityDto,
} from '@consulta/shared/contracts';
import { DomainException } from '@consulta/api/core';
import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { SeededRandom, suggestThemes, trainSuggester } from '../engine';
import { QualityRepository, SampleItemRow, SampleRow } from '../repositories/quality.repository';
import { ThemeCommentRepository } from '../repositories/theme-comment.repository';
import { ThemeRepository } from '../repositories/theme.repository';
import { isUuid, sampleNotFound, themeNotFound } from '../themes-errors';
import { toThemeRef } from '../themes.mapper';
import { scoreCoding } from './quality-score';
import { ThemeScope } from './theme-scope';
import { SUGGESTER_SEED } from './suggestion.service';

/**
 * The in-app quality check (issue 5, item 7): a seeded random sample of published comments, coded by staff, compared
 * with what the suggester predicts for them when trained WITHOUT them (a fair test: it never saw their labels).
 */
@Injectable()
export class QualityService {
  constructor(
    private readonly scope: ThemeScope,
    private readonly quality: QualityRepository,
    private readonly comments: ThemeCommentRepository,
    private readonly themes: ThemeRepository,
  ) {}

  async createSample(slug: string, request: QualitySampleRequest, actor: SessionUser): Promise<QualitySampleDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const seed = randomInt(1, 2 ** 31 - 1);
    const id = await this.quality.transaction(async (manager) => {
      const published = await this.quality.publishedIds(consultation.id, manager);
      const picked = new SeededRandom(seed).sampleIndices(published.length, request.size).map((index) => published[index]);
      return this.quality.insert({ consultationId: consultation.id, seed, createdBy: actor.id }, picked, manager);
    });
    const sample = await this.quality.sample(consultation.id, id);
    if (!sample) throw sampleNotFound();
    return this.sampleDto(sample);
  }

  async latest(slug: string, actor: SessionUser): Promise<QualitySampleDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const sample = await this.quality.latest(consultation.id);
    if (!sample) throw sampleNotFound();
    return this.sampleDto(sample);
  }

  async code(
    slug: string,
    sampleId: string,
    commentId: string,
    request: CodeSampleItemRequest,
    actor: SessionUser,
  ): Promise<QualitySampleItemDto> {
    const consultation = await this.scope.consultation(slug, actor);
    if (!isUuid(sampleId) || !(await this.quality.sample(consultation.id, sampleId))) throw sampleNotFound();
    const themeIds = [...new Set(request.themeIds.map((id) => id.toLowerCase()))].sort();
    if (!themeIds.every(isUuid) || (await this.themes.existing(consultation.id, themeIds)).length !== themeIds.length)
      throw themeNotFound();
    const row = isUuid(commentId) ? await this.quality.code(sampleId, commentId.toLowerCase(), themeIds, actor.id) : null;
    if (!row) throw new DomainException(ErrorCode.QualitySampleItemNotFound, 'This comment is not in the sample.');
    return toItemDto(row);
  }

  /** Runs the suggester in the request (a sample's consultation at the scale of a city: about a second or two; see README). */
  async score(slug: string, sampleId: string, actor: SessionUser): Promise<ThemeQualityDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const sample = isUuid(sampleId) ? await this.quality.sample(consultation.id, sampleId) : null;
    if (!sample) throw sampleNotFound();
    const [items, themes, corpus, assignments] = await Promise.all([
      this.quality.items(sample.id),
      this.themes.list(consultation.id),
      this.comments.published(consultation.id),
      this.comments.assignments(consultation.id),
    ]);
    const themeIds = new Set(themes.map((theme) => theme.id));
    const sampled = new Set(items.map((item) => item.commentId));
    const coded = items.filter((item) => item.codedThemeIds !== null);
    let predicted = new Map<string, Set<string>>();
    if (themes.length > 0 && coded.length > 0) {
      const model = trainSuggester(
        {
          themes: themes.map((theme) => ({ id: theme.id, name: theme.name, description: theme.description })),
          assignments: assignments.filter((pair) => !sampled.has(pair.commentId)),
          comments: corpus,
        },
        { seed: SUGGESTER_SEED },
      );
      predicted = new Map();
      for (const suggestion of suggestThemes(
        model,
        coded.map((item) => ({ id: item.commentId, text: item.text })),
      )) {
        predicted.set(suggestion.commentId, (predicted.get(suggestion.commentId) ?? new Set()).add(suggestion.themeId));
      }
    }
    return scoreCoding(
      sample.id,
      items.length,
      themes.map(toThemeRef),
      coded.map((item) => ({
        coded: new Set((item.codedThemeIds ?? []).filter((id) => themeIds.has(id))),
        predicted: predicted.get(item.commentId) ?? new Set(),
      })),
    );
  }

  private async sampleDto(sample: SampleRow): Promise<QualitySampleDto> {
    const items = await this.quality.items(sample.id);
    return { id: sample.id, createdAt: new Date(sample.createdAt).toISOString(), items: items.map(toItemDto) };
  }
}

function toItemDto(row: SampleItemRow): QualitySampleItemDto {
  return { commentId: row.commentId, text: row.text, codedThemeIds: row.codedThemeIds };
}
