import {
  AssignedThemeDto,
  CountByKeyDto,
  DiscoveryRunDto,
  ProposalState,
  QualitySampleDto,
  QualitySampleItemDto,
  RepresentativeCommentDto,
  SeedThemesResultDto,
  Stance,
  StanceCounts,
  SuggestionState,
  THEME_COLOURS,
  ThemeAssignmentResultDto,
  ThemeAssignmentSource,
  ThemeColour,
  ThemeCommentDto,
  ThemeCommentPageDto,
  ThemeDto,
  ThemeJobStartedDto,
  ThemeOrigin,
  ThemeOverviewDto,
  ThemeOverviewRowDto,
  ThemeProposalDto,
  ThemeQualityDto,
  ThemeQualityRowDto,
  ThemeRefDto,
  ThemeSuggestionDto,
  ThemeSuggestionPageDto,
} from '@consulta/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

const COLOURS = [...THEME_COLOURS];

export class ThemeResponse implements ThemeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: COLOURS }) colour!: ThemeColour;
  @ApiProperty({ enum: ThemeOrigin, enumName: 'ThemeOrigin' }) origin!: ThemeOrigin;
  @ApiProperty({ type: String, nullable: true }) response!: string | null;
  @ApiProperty({ description: 'Comments assigned (any state but withdrawn).' }) commentCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SeedThemesResultResponse implements SeedThemesResultDto {
  @ApiProperty({ type: [ThemeResponse] }) created!: ThemeDto[];
  @ApiProperty({ type: [String], description: 'Names skipped because a theme with that name exists (or was repeated).' })
  skipped!: string[];
}

export class ThemeAssignmentResultResponse implements ThemeAssignmentResultDto {
  @ApiProperty({ format: 'uuid' }) themeId!: string;
  @ApiProperty() changed!: number;
  @ApiProperty({ type: ThemeResponse }) theme!: ThemeDto;
}

export class ThemeRefResponse implements ThemeRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: COLOURS }) colour!: ThemeColour;
}

class AssignedThemeResponse extends ThemeRefResponse implements AssignedThemeDto {
  @ApiProperty({ enum: ThemeAssignmentSource, enumName: 'ThemeAssignmentSource' }) source!: ThemeAssignmentSource;
}

class ThemeCommentResponse implements ThemeCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: Stance, enumName: 'Stance' }) stance!: Stance;
  @ApiProperty() sectionKey!: string;
  @ApiProperty() sectionTitle!: string;
  @ApiProperty({ type: String, nullable: true }) areaKey!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [AssignedThemeResponse] }) themes!: AssignedThemeDto[];
}

export class ThemeCommentPageResponse implements ThemeCommentPageDto {
  @ApiProperty({ type: [ThemeCommentResponse] }) items!: ThemeCommentDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty() total!: number;
}

export class ThemeSuggestionResponse implements ThemeSuggestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) commentId!: string;
  @ApiProperty() commentText!: string;
  @ApiProperty({ type: ThemeRefResponse }) theme!: ThemeRefDto;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ enum: SuggestionState, enumName: 'SuggestionState' }) state!: SuggestionState;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ThemeSuggestionPageResponse implements ThemeSuggestionPageDto {
  @ApiProperty({ type: [ThemeSuggestionResponse] }) items!: ThemeSuggestionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty() total!: number;
}

export class ThemeJobStartedResponse implements ThemeJobStartedDto {
  @ApiProperty({ format: 'uuid', description: 'GET /api/jobs/:id for progress.' }) jobId!: string;
}

class StanceCountsResponse implements StanceCounts {
  @ApiProperty() support!: number;
  @ApiProperty() oppose!: number;
  @ApiProperty() neutral!: number;
  @ApiProperty() proposes_change!: number;
}

class RepresentativeCommentResponse implements RepresentativeCommentDto {
  @ApiProperty({ format: 'uuid' }) commentId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: Stance, enumName: 'Stance' }) stance!: Stance;
}

export class ThemeProposalResponse implements ThemeProposalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiProperty({ description: 'Published comments in the proposal.' }) size!: number;
  @ApiProperty({ type: StanceCountsResponse }) stance!: StanceCounts;
  @ApiProperty({ type: [RepresentativeCommentResponse] }) representatives!: RepresentativeCommentDto[];
  @ApiProperty({ enum: ProposalState, enumName: 'ProposalState' }) state!: ProposalState;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) themeId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DiscoveryRunResponse implements DiscoveryRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() commentCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: [ThemeProposalResponse] }) proposals!: ThemeProposalDto[];
}

export class QualitySampleItemResponse implements QualitySampleItemDto {
  @ApiProperty({ format: 'uuid' }) commentId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String], nullable: true }) codedThemeIds!: string[] | null;
}

export class QualitySampleResponse implements QualitySampleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [QualitySampleItemResponse] }) items!: QualitySampleItemDto[];
}

class ThemeQualityRowResponse implements ThemeQualityRowDto {
  @ApiProperty({ type: ThemeRefResponse }) theme!: ThemeRefDto;
  @ApiProperty({ type: Number, nullable: true }) precision!: number | null;
  @ApiProperty({ type: Number, nullable: true }) recall!: number | null;
  @ApiProperty({ type: Number, nullable: true }) f1!: number | null;
  @ApiProperty() support!: number;
}

export class ThemeQualityResponse implements ThemeQualityDto {
  @ApiProperty({ format: 'uuid' }) sampleId!: string;
  @ApiProperty() coded!: number;
  @ApiProperty() sampleSize!: number;
  @ApiProperty({ type: [ThemeQualityRowResponse] }) rows!: ThemeQualityRowDto[];
  @ApiProperty({ type: Number, nullable: true }) macroF1!: number | null;
  @ApiProperty({ type: Number, nullable: true }) microPrecision!: number | null;
  @ApiProperty({ type: Number, nullable: true }) microRecall!: number | null;
  @ApiProperty({ type: Number, nullable: true }) microF1!: number | null;
}

class CountByKeyResponse implements CountByKeyDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty() count!: number;
}

class ThemeOverviewRowResponse implements ThemeOverviewRowDto {
  @ApiProperty({ type: ThemeResponse }) theme!: ThemeDto;
  @ApiProperty() count!: number;
  @ApiProperty({ type: StanceCountsResponse }) stance!: StanceCounts;
  @ApiProperty({ type: [CountByKeyResponse] }) areas!: CountByKeyDto[];
  @ApiProperty({ type: [CountByKeyResponse] }) sections!: CountByKeyDto[];
  @ApiProperty({ type: [RepresentativeCommentResponse] }) representatives!: RepresentativeCommentDto[];
}

export class ThemeOverviewResponse implements ThemeOverviewDto {
  @ApiProperty() consultationSlug!: string;
  @ApiProperty() publishedComments!: number;
  @ApiProperty() uncovered!: number;
  @ApiProperty({ type: [ThemeOverviewRowResponse] }) themes!: ThemeOverviewRowDto[];
}
