import { DomainException } from '@consulta/api/core';
import { SessionUser } from '@consulta/api/identity';
import { AuditRepository } from '@consulta/api/moderation';
import {
  AuditAction,
  AuditTargetType,
  CreateThemeRequest,
  ErrorCode,
  MergeThemesRequest,
  SeedThemesRequest,
  SeedThemesResultDto,
  THEME_COLOURS,
  THEME_DESCRIPTION_MAX_LENGTH,
  THEME_NAME_MAX_LENGTH,
  THEME_NAME_MIN_LENGTH,
  THEME_RESPONSE_MAX_LENGTH,
  ThemeAssignmentRequest,
  ThemeAssignmentResultDto,
  ThemeAssignmentSource,
  ThemeColour,
  ThemeDto,
  ThemeOrigin,
  THEMES_PER_CONSULTATION_MAX,
  UpdateThemeRequest,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { ThemeRepository } from '../repositories/theme.repository';
import { cleanMultiline, cleanText, commentNotFound, isUuid, nameTaken, themeNotFound } from '../themes-errors';
import { toThemeDto } from '../themes.mapper';
import { ScopedConsultation, ThemeScope } from './theme-scope';

export interface ThemeDraft {
  name: string;
  description?: string;
  colour?: ThemeColour;
}

/** Themes of a consultation (create, edit, delete, seed from a list, merge) and bulk assignment of comments. Every change is audited. */
@Injectable()
export class ThemeService {
  constructor(
    private readonly scope: ThemeScope,
    private readonly themes: ThemeRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(slug: string, actor: SessionUser): Promise<ThemeDto[]> {
    const consultation = await this.scope.consultation(slug, actor);
    return (await this.themes.list(consultation.id)).map(toThemeDto);
  }

  async create(slug: string, request: CreateThemeRequest, actor: SessionUser): Promise<ThemeDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const draft = cleanDraft(request);
    const id = await this.themes.transaction(async (manager) => {
      await this.themes.lockConsultation(consultation.id, manager);
      if (await this.themes.withName(consultation.id, draft.name, manager)) throw nameTaken(draft.name);
      return this.createLocked(consultation, draft, ThemeOrigin.Staff, actor, manager);
    });
    return this.get(consultation, id);
  }

  /** Creates themes from a list; names already there (ignoring case) or repeated in the list are skipped. One transaction. */
  async seed(slug: string, request: SeedThemesRequest, actor: SessionUser): Promise<SeedThemesResultDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const drafts = request.themes.map(cleanDraft);
    const { created, skipped } = await this.themes.transaction((manager) =>
      this.seedLocked(consultation, drafts, ThemeOrigin.Staff, actor, manager),
    );
    const rows = await this.themes.list(consultation.id);
    return { created: rows.filter((row) => created.includes(row.id)).map(toThemeDto), skipped };
  }

  /**
   * Seeds themes without an actor check (the demo seeder): origin `seed`, audited as the system. Idempotent by name.
   */
  async seedAsSystem(consultation: ScopedConsultation, drafts: ThemeDraft[]): Promise<number> {
    const cleaned = drafts.map(cleanDraft);
    const { created } = await this.themes.transaction((manager) => this.seedLocked(consultation, cleaned, ThemeOrigin.Seed, null, manager));
    return created.length;
  }

  private async seedLocked(
    consultation: ScopedConsultation,
    drafts: ThemeDraft[],
    origin: ThemeOrigin,
    actor: SessionUser | null,
    manager: EntityManager,
  ): Promise<{ created: string[]; skipped: string[] }> {
    await this.themes.lockConsultation(consultation.id, manager);
    const created: string[] = [];
    const skipped: string[] = [];
    const seen = new Set<string>();
    for (const draft of drafts) {
      const key = draft.name.toLocaleLowerCase('pl');
      if (seen.has(key) || (await this.themes.withName(consultation.id, draft.name, manager))) {
        skipped.push(draft.name);
        continue;
      }
      seen.add(key);
      created.push(await this.createLocked(consultation, draft, origin, actor, manager));
    }
    return { created, skipped };
  }

  /** Inside a transaction holding the consultation lock: limit, default colour, insert, audit. */
  async createLocked(
    consultation: ScopedConsultation,
    draft: ThemeDraft,
    origin: ThemeOrigin,
    actor: SessionUser | null,
    manager: EntityManager,
  ): Promise<string> {
    if ((await this.themes.count(consultation.id, manager)) >= THEMES_PER_CONSULTATION_MAX) {
      throw new DomainException(
        ErrorCode.ThemeLimitReached,
        `A consultation can have at most ${THEMES_PER_CONSULTATION_MAX} themes; merge or delete some first.`,
      );
    }
    const colour = draft.colour ?? nextColour(await this.themes.usedColours(consultation.id, manager));
    const id = await insertUnique(draft.name, () =>
      this.themes.insert(
        {
          consultationId: consultation.id,
          name: draft.name,
          description: draft.description ?? '',
          colour,
          origin,
          createdBy: actor?.id ?? null,
        },
        manager,
      ),
    );
    await this.audit.append(
      {
        actorId: actor?.id ?? null,
        actorName: actor?.displayName ?? 'System',
        action: AuditAction.CreateTheme,
        targetType: AuditTargetType.Theme,
        targetId: id,
        consultationId: consultation.id,
        before: null,
        after: { name: draft.name, description: draft.description ?? '', colour, origin },
      },
      manager,
    );
    return id;
  }

  async update(slug: string, id: string, request: UpdateThemeRequest, actor: SessionUser): Promise<ThemeDto> {
    const consultation = await this.scope.consultation(slug, actor);
    if (!isUuid(id)) throw themeNotFound();
    await this.themes.transaction(async (manager) => {
      await this.themes.lockConsultation(consultation.id, manager);
      const current = (await this.themes.lock(consultation.id, id, manager)) ? await this.themes.byId(consultation.id, id, manager) : null;
      if (!current) throw themeNotFound();
      const next = {
        name: request.name === undefined ? current.name : cleanText(request.name, 'name', THEME_NAME_MIN_LENGTH, THEME_NAME_MAX_LENGTH),
        description:
          request.description === undefined
            ? current.description
            : cleanMultiline(request.description, 'description', THEME_DESCRIPTION_MAX_LENGTH),
        colour: request.colour ?? current.colour,
        response:
          request.response === undefined
            ? current.response
            : request.response === null
              ? null
              : cleanMultiline(request.response, 'response', THEME_RESPONSE_MAX_LENGTH) || null,
      };
      if (next.name !== current.name && (await this.themes.withName(consultation.id, next.name, manager, id))) throw nameTaken(next.name);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const key of ['name', 'description', 'colour', 'response'] as const) {
        if (next[key] !== current[key]) {
          before[key] = current[key];
          after[key] = next[key];
        }
      }
      if (Object.keys(after).length === 0) return;
      await insertUnique(next.name, () => this.themes.update(id, next, manager));
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: AuditAction.UpdateTheme,
          targetType: AuditTargetType.Theme,
          targetId: id,
          consultationId: consultation.id,
          before,
          after,
        },
        manager,
      );
    });
    return this.get(consultation, id);
  }

  async delete(slug: string, id: string, actor: SessionUser): Promise<void> {
    const consultation = await this.scope.consultation(slug, actor);
    if (!isUuid(id)) throw themeNotFound();
    await this.themes.transaction(async (manager) => {
      const current = (await this.themes.lock(consultation.id, id, manager)) ? await this.themes.byId(consultation.id, id, manager) : null;
      if (!current) throw themeNotFound();
      await this.themes.delete(id, manager);
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: AuditAction.DeleteTheme,
          targetType: AuditTargetType.Theme,
          targetId: id,
          consultationId: consultation.id,
          before: { name: current.name, description: current.description, colour: current.colour, commentCount: current.commentCount },
          after: null,
        },
        manager,
      );
    });
  }

  /** Every assignment of theme `id` moves to `intoThemeId` (a comment in both keeps one), then `id` is deleted. */
  async merge(slug: string, id: string, request: MergeThemesRequest, actor: SessionUser): Promise<ThemeDto> {
    const consultation = await this.scope.consultation(slug, actor);
    if (!isUuid(id)) throw themeNotFound();
    if (id === request.intoThemeId) {
      throw new DomainException(ErrorCode.ThemeMergeInvalid, 'A theme cannot be merged into itself.', [
        { field: 'intoThemeId', message: 'must be another theme' },
      ]);
    }
    await this.themes.transaction(async (manager) => {
      // Both rows locked in id order, so two opposite merges cannot deadlock.
      const [first, second] = [id, request.intoThemeId].sort();
      const locked = [await this.themes.lock(consultation.id, first, manager), await this.themes.lock(consultation.id, second, manager)];
      const from = await this.themes.byId(consultation.id, id, manager);
      if (!from) throw themeNotFound();
      const into = locked.every(Boolean) ? await this.themes.byId(consultation.id, request.intoThemeId, manager) : null;
      if (!into) {
        throw new DomainException(ErrorCode.ThemeMergeInvalid, 'A theme can only be merged into another theme of the same consultation.', [
          { field: 'intoThemeId', message: 'must be a theme of this consultation' },
        ]);
      }
      const moved = await this.themes.moveAssignments(id, into.id, manager);
      await this.themes.delete(id, manager);
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: AuditAction.MergeThemes,
          targetType: AuditTargetType.Theme,
          targetId: id,
          consultationId: consultation.id,
          before: { name: from.name, commentCount: from.commentCount },
          after: { intoThemeId: into.id, intoName: into.name, moved },
        },
        manager,
      );
    });
    return this.get(consultation, request.intoThemeId);
  }

  assign(slug: string, request: ThemeAssignmentRequest, actor: SessionUser): Promise<ThemeAssignmentResultDto> {
    return this.changeAssignments(slug, request, actor, 'assign');
  }

  unassign(slug: string, request: ThemeAssignmentRequest, actor: SessionUser): Promise<ThemeAssignmentResultDto> {
    return this.changeAssignments(slug, request, actor, 'unassign');
  }

  /** All or nothing: every comment must be a comment of the consultation (any state but withdrawn). */
  private async changeAssignments(
    slug: string,
    request: ThemeAssignmentRequest,
    actor: SessionUser,
    change: 'assign' | 'unassign',
  ): Promise<ThemeAssignmentResultDto> {
    const consultation = await this.scope.consultation(slug, actor);
    if (!isUuid(request.themeId)) throw themeNotFound();
    const commentIds = [...new Set(request.commentIds.map((id) => id.toLowerCase()))];
    const invalid = commentIds.find((id) => !isUuid(id));
    if (invalid) throw commentNotFound(invalid);
    const changed = await this.themes.transaction(async (manager) => {
      if (!(await this.themes.lock(consultation.id, request.themeId, manager))) throw themeNotFound();
      const found = new Set(await this.themes.themableComments(consultation.id, commentIds, manager));
      const missing = commentIds.find((id) => !found.has(id));
      if (missing) throw commentNotFound(missing);
      const ids =
        change === 'assign'
          ? await this.themes.assign(request.themeId, commentIds, ThemeAssignmentSource.Staff, actor.id, manager)
          : await this.themes.unassign(request.themeId, commentIds, manager);
      if (ids.length > 0) {
        await this.audit.append(
          {
            actorId: actor.id,
            actorName: actor.displayName,
            action: change === 'assign' ? AuditAction.AssignThemes : AuditAction.UnassignThemes,
            targetType: AuditTargetType.Theme,
            targetId: request.themeId,
            consultationId: consultation.id,
            before: null,
            after: { commentIds: ids },
          },
          manager,
        );
      }
      return ids.length;
    });
    return { themeId: request.themeId, changed, theme: await this.get(consultation, request.themeId) };
  }

  private async get(consultation: ScopedConsultation, id: string): Promise<ThemeDto> {
    const row = await this.themes.byId(consultation.id, id);
    if (!row) throw themeNotFound();
    return toThemeDto(row);
  }
}

export function cleanDraft(request: ThemeDraft): ThemeDraft {
  return {
    name: cleanText(request.name, 'name', THEME_NAME_MIN_LENGTH, THEME_NAME_MAX_LENGTH),
    description: request.description === undefined ? '' : cleanMultiline(request.description, 'description', THEME_DESCRIPTION_MAX_LENGTH),
    colour: request.colour,
  };
}

/** The first palette colour no theme uses yet; when all are used, the least used one (palette order on ties). */
export function nextColour(used: ReadonlyMap<string, number>): ThemeColour {
  let best: ThemeColour = THEME_COLOURS[0];
  let bestCount = Infinity;
  for (const colour of THEME_COLOURS) {
    const count = used.get(colour) ?? 0;
    if (count < bestCount) {
      best = colour;
      bestCount = count;
    }
  }
  return best;
}

/** Runs an insert or update, turning a race on the case-insensitive unique name into THEME_NAME_TAKEN. */
async function insertUnique<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QueryFailedError && String((error as { constraint?: unknown }).constraint) === 'UQ_themes_consultation_name') {
      throw nameTaken(name);
    }
    throw error;
  }
}
