import { SessionUser } from '@consulta/api/identity';
import { CountByKeyDto, Stance, THEME_REPRESENTATIVES, ThemeOverviewDto } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { OverviewRepository, RepresentativeRow, ThemeCountRow } from '../repositories/overview.repository';
import { ThemeRepository } from '../repositories/theme.repository';
import { emptyStanceCounts, toThemeDto } from '../themes.mapper';
import { ThemeScope } from './theme-scope';

/** Each theme's published comments: count, stance split, areas, sections and representative comments (feeds the report). */
@Injectable()
export class OverviewService {
  constructor(
    private readonly scope: ThemeScope,
    private readonly themes: ThemeRepository,
    private readonly overview: OverviewRepository,
  ) {}

  async get(slug: string, actor: SessionUser): Promise<ThemeOverviewDto> {
    const consultation = await this.scope.consultation(slug, actor);
    const [themes, totals, stances, areas, sections, representatives] = await Promise.all([
      this.themes.list(consultation.id),
      this.overview.totals(consultation.id),
      this.overview.stances(consultation.id),
      this.overview.areas(consultation.id),
      this.overview.sections(consultation.id),
      this.overview.representatives(consultation.id, THEME_REPRESENTATIVES),
    ]);
    const byTheme = <T extends { themeId: string }>(rows: T[]): Map<string, T[]> => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.themeId, [...(map.get(row.themeId) ?? []), row]);
      return map;
    };
    const stanceBy = byTheme(stances);
    const areasBy = byTheme(areas);
    const sectionsBy = byTheme(sections);
    const representativesBy = byTheme<RepresentativeRow>(representatives);
    const counts = (rows: ThemeCountRow[] | undefined): CountByKeyDto[] =>
      (rows ?? []).map((row) => ({ key: row.key, label: row.label, count: row.count }));
    const rows = themes.map((theme) => {
      const stance = emptyStanceCounts();
      for (const row of stanceBy.get(theme.id) ?? []) stance[row.key as Stance] = row.count;
      return {
        theme: toThemeDto(theme),
        count: Object.values(stance).reduce((sum, count) => sum + count, 0),
        stance,
        areas: counts(areasBy.get(theme.id)),
        sections: counts(sectionsBy.get(theme.id)),
        representatives: (representativesBy.get(theme.id) ?? []).map((row) => ({
          commentId: row.commentId,
          text: row.text,
          stance: row.stance,
        })),
      };
    });
    rows.sort((a, b) => b.count - a.count || a.theme.name.localeCompare(b.theme.name, 'pl'));
    return { consultationSlug: consultation.slug, publishedComments: totals.published, uncovered: totals.uncovered, themes: rows };
  }
}
