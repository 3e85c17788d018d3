import {
  DiscoveryRunDto,
  RepresentativeCommentDto,
  Stance,
  StanceCounts,
  ThemeColour,
  ThemeDto,
  ThemeProposalDto,
  ThemeRefDto,
  ThemeSuggestionDto,
} from '@consulta/shared/contracts';
import { DiscoveryRunRow, ProposalRow } from './repositories/discovery.repository';
import { SuggestionRow } from './repositories/suggestion.repository';
import { CorpusComment } from './repositories/theme-comment.repository';
import { ThemeRow } from './repositories/theme.repository';

const iso = (value: Date | string): string => new Date(value).toISOString();

export function emptyStanceCounts(): StanceCounts {
  return { [Stance.Support]: 0, [Stance.Oppose]: 0, [Stance.Neutral]: 0, [Stance.ProposesChange]: 0 };
}

export function toThemeDto(row: ThemeRow): ThemeDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    colour: row.colour as ThemeColour,
    origin: row.origin,
    response: row.response,
    commentCount: row.commentCount,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toThemeRef(theme: { id: string; name: string; colour: string }): ThemeRefDto {
  return { id: theme.id, name: theme.name, colour: theme.colour as ThemeColour };
}

export function toSuggestionDto(row: SuggestionRow): ThemeSuggestionDto {
  return {
    id: row.id,
    commentId: row.commentId,
    commentText: row.commentText,
    theme: toThemeRef({ id: row.themeId, name: row.themeName, colour: row.themeColour }),
    confidence: Number(row.confidence),
    state: row.state,
    createdAt: iso(row.createdAt),
  };
}

export function toRepresentatives(ids: readonly string[], comments: ReadonlyMap<string, CorpusComment>): RepresentativeCommentDto[] {
  return ids.flatMap((id) => {
    const comment = comments.get(id);
    return comment ? [{ commentId: id, text: comment.text, stance: comment.stance }] : [];
  });
}

export function toProposalDto(row: ProposalRow, comments: ReadonlyMap<string, CorpusComment>): ThemeProposalDto {
  const stance = emptyStanceCounts();
  for (const [key, count] of Object.entries(row.stanceCounts)) if (key in stance) stance[key as Stance] = count ?? 0;
  return {
    id: row.id,
    runId: row.runId,
    name: row.name,
    keywords: row.keywords,
    size: Object.values(stance).reduce((sum, count) => sum + count, 0),
    stance,
    representatives: toRepresentatives(row.representativeIds, comments),
    state: row.state,
    themeId: row.themeId,
    createdAt: iso(row.createdAt),
  };
}

export function toDiscoveryRunDto(run: DiscoveryRunRow, proposals: ThemeProposalDto[]): DiscoveryRunDto {
  return {
    id: run.id,
    jobId: run.jobId,
    commentCount: run.commentCount,
    createdAt: iso(run.createdAt),
    finishedAt: run.finishedAt ? iso(run.finishedAt) : null,
    proposals,
  };
}
