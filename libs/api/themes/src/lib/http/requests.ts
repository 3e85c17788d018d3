import {
  AcceptProposalRequest,
  CodeSampleItemRequest,
  CreateThemeRequest,
  MergeProposalsRequest,
  MergeThemesRequest,
  QUALITY_SAMPLE_MAX,
  QualitySampleRequest,
  RenameProposalRequest,
  SEARCH_QUERY_MAX_LENGTH,
  SeedThemesRequest,
  SuggestionState,
  THEME_ASSIGNMENT_BULK_MAX,
  THEME_COLOURS,
  THEME_DESCRIPTION_MAX_LENGTH,
  THEME_NAME_MAX_LENGTH,
  THEME_NAME_MIN_LENGTH,
  THEME_RESPONSE_MAX_LENGTH,
  ThemeAssignmentRequest,
  ThemeColour,
  ThemeCommentQuery,
  THEMES_PER_CONSULTATION_MAX,
  UpdateThemeRequest,
} from '@consulta/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SuggestionQuery } from '../services/suggestion.service';
import { THEME_COMMENTS_MAX_LIMIT } from '../services/theme-comment.service';
import { SUGGESTIONS_MAX_LIMIT } from '../services/suggestion.service';

const COLOURS = [...THEME_COLOURS];

export class CreateThemeBody implements CreateThemeRequest {
  @ApiProperty({ minLength: THEME_NAME_MIN_LENGTH, maxLength: THEME_NAME_MAX_LENGTH })
  @IsString()
  @MinLength(THEME_NAME_MIN_LENGTH)
  @MaxLength(THEME_NAME_MAX_LENGTH)
  name!: string;

  @ApiPropertyOptional({ maxLength: THEME_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(THEME_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({ enum: COLOURS, description: 'Default: the first palette colour not yet used in the consultation.' })
  @IsOptional()
  @IsIn(COLOURS)
  colour?: ThemeColour;
}

export class UpdateThemeBody implements UpdateThemeRequest {
  @ApiPropertyOptional({ minLength: THEME_NAME_MIN_LENGTH, maxLength: THEME_NAME_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MinLength(THEME_NAME_MIN_LENGTH)
  @MaxLength(THEME_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ maxLength: THEME_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(THEME_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({ enum: COLOURS })
  @IsOptional()
  @IsIn(COLOURS)
  colour?: ThemeColour;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: THEME_RESPONSE_MAX_LENGTH, description: 'null clears it.' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(THEME_RESPONSE_MAX_LENGTH)
  response?: string | null;
}

export class SeedThemesBody implements SeedThemesRequest {
  @ApiProperty({ type: [CreateThemeBody] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(THEMES_PER_CONSULTATION_MAX)
  @ValidateNested({ each: true })
  @Type(() => CreateThemeBody)
  themes!: CreateThemeBody[];
}

export class MergeThemesBody implements MergeThemesRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  intoThemeId!: string;
}

export class ThemeAssignmentBody implements ThemeAssignmentRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  themeId!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: THEME_ASSIGNMENT_BULK_MAX, description: 'Comment ids (not replies).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(THEME_ASSIGNMENT_BULK_MAX)
  @IsUUID(undefined, { each: true })
  commentIds!: string[];
}

export class ThemeCommentQueryParams implements ThemeCommentQuery {
  @ApiPropertyOptional({ description: "A theme id, or 'none' for comments no theme covers." })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  theme?: string;

  @ApiPropertyOptional({ maxLength: SEARCH_QUERY_MAX_LENGTH, description: 'Words (prefixes, all required); diacritics optional.' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  search?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: THEME_COMMENTS_MAX_LIMIT, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(THEME_COMMENTS_MAX_LIMIT)
  limit?: number;
}

export class SuggestionQueryParams implements SuggestionQuery {
  @ApiPropertyOptional({ enum: SuggestionState, enumName: 'SuggestionState', default: SuggestionState.Pending })
  @IsOptional()
  @IsEnum(SuggestionState)
  state?: SuggestionState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: SUGGESTIONS_MAX_LIMIT, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SUGGESTIONS_MAX_LIMIT)
  limit?: number;
}

export class RenameProposalBody implements RenameProposalRequest {
  @ApiProperty({ minLength: THEME_NAME_MIN_LENGTH, maxLength: THEME_NAME_MAX_LENGTH })
  @IsString()
  @MinLength(THEME_NAME_MIN_LENGTH)
  @MaxLength(THEME_NAME_MAX_LENGTH)
  name!: string;
}

export class AcceptProposalBody implements AcceptProposalRequest {
  @ApiPropertyOptional({ minLength: THEME_NAME_MIN_LENGTH, maxLength: THEME_NAME_MAX_LENGTH, description: 'Default: the proposal’s name.' })
  @IsOptional()
  @IsString()
  @MinLength(THEME_NAME_MIN_LENGTH)
  @MaxLength(THEME_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ maxLength: THEME_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(THEME_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({ enum: COLOURS })
  @IsOptional()
  @IsIn(COLOURS)
  colour?: ThemeColour;
}

export class MergeProposalsBody implements MergeProposalsRequest {
  @ApiProperty({
    type: [String],
    minItems: 2,
    maxItems: 50,
    description: 'Open proposals of one run; the result keeps the first one’s name.',
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  proposalIds!: string[];
}

export class QualitySampleBody implements QualitySampleRequest {
  @ApiProperty({ minimum: 1, maximum: QUALITY_SAMPLE_MAX })
  @IsInt()
  @Min(1)
  @Max(QUALITY_SAMPLE_MAX)
  size!: number;
}

export class CodeSampleItemBody implements CodeSampleItemRequest {
  @ApiProperty({ type: [String], description: 'The themes this comment belongs to in your judgement (possibly none).' })
  @IsArray()
  @ArrayMaxSize(THEMES_PER_CONSULTATION_MAX)
  @IsUUID(undefined, { each: true })
  themeIds!: string[];
}
