import {
  AreaDto,
  ChangeLinksRequest,
  ConsultationStatus,
  CreateConsultationRequest,
  ImportDocumentRequest,
  ModerationMode,
  SLUG_MAX_LENGTH,
  SLUG_MIN_LENGTH,
  SLUG_PATTERN,
  UpdateConsultationRequest,
} from '@consulta/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PUBLIC_STATUSES } from '../consultation-status';

const NOT_BLANK = /\S/;
export const MAX_AREAS = 100;

export class AreaRequest implements AreaDto {
  @ApiProperty({
    example: 'd01-stare-miasto',
    description: 'Lower-case letters, digits and single hyphens; unique within the consultation.',
  })
  @IsString()
  @MaxLength(60)
  key!: string;

  @ApiProperty({ example: 'I Stare Miasto' })
  @IsString()
  @Length(1, 120)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;
}

export class CreateConsultationBody implements CreateConsultationRequest {
  // Checked by the service, which answers SLUG_INVALID rather than a generic validation error.
  @ApiProperty({ pattern: SLUG_PATTERN.source, minLength: SLUG_MIN_LENGTH, maxLength: SLUG_MAX_LENGTH, example: 'misja-krakowa' })
  @IsString()
  slug!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  @Matches(NOT_BLANK, { message: 'summary must not be blank' })
  summary!: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Unset: open as soon as published.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  opensAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Unset: open until changed. Must be after opensAt.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  closesAt?: string | null;

  @ApiProperty({ enum: ModerationMode, enumName: 'ModerationMode' })
  @IsEnum(ModerationMode)
  moderationMode!: ModerationMode;

  @ApiPropertyOptional({ type: [AreaRequest], maxItems: MAX_AREAS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_AREAS)
  @ValidateNested({ each: true })
  @Type(() => AreaRequest)
  areas?: AreaRequest[];

  @ApiPropertyOptional({ default: false, description: 'false (the default) keeps it a draft, visible to staff only.' })
  @IsOptional()
  @IsBoolean()
  published?: boolean;
}

/** Every field optional; null clears a date; `areas` replaces the whole list. The slug cannot change. */
export class UpdateConsultationBody implements UpdateConsultationRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  @Matches(NOT_BLANK, { message: 'summary must not be blank' })
  summary?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  opensAt?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  closesAt?: string | null;

  @ApiPropertyOptional({ enum: ModerationMode, enumName: 'ModerationMode' })
  @IsOptional()
  @IsEnum(ModerationMode)
  moderationMode?: ModerationMode;

  @ApiPropertyOptional({ type: [AreaRequest], maxItems: MAX_AREAS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_AREAS)
  @ValidateNested({ each: true })
  @Type(() => AreaRequest)
  areas?: AreaRequest[];

  @ApiPropertyOptional({ description: 'true publishes, false returns it to draft.' })
  @IsOptional()
  @IsBoolean()
  published?: boolean;
}

export class ImportDocumentBody implements ImportDocumentRequest {
  @ApiProperty({ description: 'The whole document in the supported Markdown subset (at most 200 kB, 500 paragraphs).' })
  @IsString()
  // A coarse guard only: the parser reports the real limit in bytes with a clear message.
  @MaxLength(1_000_000)
  markdown!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  changeNote?: string;
}

export class PublicConsultationListQuery {
  @ApiPropertyOptional({ enum: PUBLIC_STATUSES, description: 'Only consultations with this status.' })
  @IsOptional()
  @IsIn(PUBLIC_STATUSES)
  status?: ConsultationStatus;
}

export class AdminConsultationListQuery {
  @ApiPropertyOptional({ enum: ConsultationStatus, enumName: 'ConsultationStatus' })
  @IsOptional()
  @IsEnum(ConsultationStatus)
  status?: ConsultationStatus;
}

/** GET /api/consultations/:slug/versions/diff: checked by the service (DOCUMENT_DIFF_RANGE_INVALID, not a generic error). */
export class DocumentDiffQuery {
  @ApiProperty({ description: 'The earlier version number.', example: '1' })
  @IsString()
  from!: string;

  @ApiProperty({ description: 'The later version number (≥ from).', example: '2' })
  @IsString()
  to!: string;
}

export const MAX_LINKED_THEMES = 50;
export const MAX_LINKED_COMMENTS = 200;

export class ChangeLinksBody implements ChangeLinksRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: MAX_LINKED_THEMES, description: 'Themes of the consultation; [] unlinks all.' })
  @IsArray()
  @ArrayMaxSize(MAX_LINKED_THEMES)
  @IsUUID('all', { each: true })
  themeIds!: string[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: MAX_LINKED_COMMENTS,
    description: 'Published comments of the consultation; [] unlinks all.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_LINKED_COMMENTS)
  @IsUUID('all', { each: true })
  commentIds!: string[];
}
