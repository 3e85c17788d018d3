import { SessionUser } from '@consulta/api/identity';
import { ThemeColour, ThemeCommentPageDto, ThemeCommentQuery } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { ThemeCommentFilter, ThemeCommentRepository } from '../repositories/theme-comment.repository';
import { ThemeRepository } from '../repositories/theme.repository';
import { toPrefixQuery } from '../search-query';
import { decodeTimeCursor, encodeCursor } from '../themes-cursor';
import { isUuid, themeNotFound } from '../themes-errors';
import { ThemeScope } from './theme-scope';

export const THEME_COMMENTS_DEFAULT_LIMIT = 25;
export const THEME_COMMENTS_MAX_LIMIT = 100;
const CURSOR_KIND = 'theme-comments';

/** The published comments to theme, filtered by theme (or none) and words, with the themes each already has. */
@Injectable()
export class ThemeCommentService {
  constructor(
    private readonly scope: ThemeScope,
    private readonly comments: ThemeCommentRepository,
    private readonly themes: ThemeRepository,
  ) {}

  async page(slug: string, query: ThemeCommentQuery, actor: SessionUser): Promise<ThemeCommentPageDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const filter: ThemeCommentFilter = {};
    if (query.theme === 'none') filter.theme = 'none';
    else if (query.theme !== undefined) {
      if (!isUuid(query.theme) || (await this.themes.existing(consultation.id, [query.theme])).length === 0) throw themeNotFound();
      filter.theme = query.theme;
    }
    if (query.search !== undefined && query.search.trim() !== '') filter.tsQuery = toPrefixQuery(query.search);
    const limit = Math.min(query.limit ?? THEME_COMMENTS_DEFAULT_LIMIT, THEME_COMMENTS_MAX_LIMIT);
    const cursor = query.cursor ? decodeTimeCursor(CURSOR_KIND, query.cursor) : null;
    const [rows, total] = await Promise.all([
      this.comments.page(consultation.id, filter, cursor, limit + 1),
      this.comments.total(consultation.id, filter),
    ]);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => ({
        id: row.id,
        text: row.text,
        stance: row.stance,
        sectionKey: row.sectionKey,
        sectionTitle: row.sectionTitle,
        areaKey: row.areaKey,
        createdAt: new Date(row.createdAt).toISOString(),
        themes: row.themes.map((theme) => ({ ...theme, colour: theme.colour as ThemeColour })),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor(CURSOR_KIND, last.createdAtExact, last.id) : null,
      total,
    };
  }
}
