import {
  AccountDeletionMode,
  COMMENT_MAX_LENGTH,
  COMMENT_MIN_LENGTH,
  COMMENT_PAGE_MAX_LIMIT,
  CommentSort,
  CreateCommentRequest,
  CreateReplyRequest,
  DeleteAccountRequest,
  ListCommentsQuery,
  ORGANISATION_NAME_MAX_LENGTH,
  PROPOSED_WORDING_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  REPLY_MAX_LENGTH,
  REPLY_MIN_LENGTH,
  Stance,
  SubmitterType,
  UpdateCommentRequest,
} from '@consulta/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/** Lengths are checked on the trimmed text, which is what gets stored. */
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class ListCommentsQueryParams implements ListCommentsQuery {
  @ApiPropertyOptional({ description: 'Section key: comments anywhere in the section.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  section?: string;

  @ApiPropertyOptional({ description: 'Paragraph key: comments on the paragraph or a passage of it.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  paragraph?: string;

  @ApiPropertyOptional({ enum: CommentSort, enumName: 'CommentSort', default: CommentSort.Newest })
  @IsOptional()
  @IsEnum(CommentSort)
  sort?: CommentSort;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque; only valid with the same sort).' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: COMMENT_PAGE_MAX_LIMIT, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(COMMENT_PAGE_MAX_LIMIT)
  limit?: number;
}

export class CreateCommentBody implements Omit<CreateCommentRequest, 'personalDataConsent'> {
  @ApiProperty({ description: 'Key of a section of the current document version.' })
  @IsString()
  @MaxLength(16)
  sectionKey!: string;

  @ApiPropertyOptional({ description: 'Key of a paragraph of that section (current version).' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  paragraphKey?: string;

  @ApiPropertyOptional({
    maxLength: QUOTE_MAX_LENGTH,
    description: 'A passage that occurs verbatim in the paragraph (needs paragraphKey).',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(QUOTE_MAX_LENGTH)
  quote?: string;

  @ApiProperty({ minLength: COMMENT_MIN_LENGTH, maxLength: COMMENT_MAX_LENGTH, description: 'Plain text (never HTML); trimmed.' })
  @Transform(trim)
  @IsString()
  @Length(COMMENT_MIN_LENGTH, COMMENT_MAX_LENGTH)
  text!: string;

  @ApiProperty({ enum: Stance, enumName: 'Stance' })
  @IsEnum(Stance)
  stance!: Stance;

  @ApiPropertyOptional({ maxLength: PROPOSED_WORDING_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PROPOSED_WORDING_MAX_LENGTH)
  proposedWording?: string;

  @ApiPropertyOptional({ description: 'One of the consultation’s area keys.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  areaKey?: string;

  @ApiProperty({ enum: SubmitterType, enumName: 'SubmitterType' })
  @IsEnum(SubmitterType)
  submitterType!: SubmitterType;

  @ApiPropertyOptional({ maxLength: ORGANISATION_NAME_MAX_LENGTH, description: 'Required unless submitterType is resident.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  organisationName?: string;

  // Checked by the service so that a missing or false consent answers CONSENT_REQUIRED.
  @ApiProperty({ type: Boolean, enum: [true], description: 'Must be true (CONSENT_REQUIRED otherwise).' })
  @IsOptional()
  @IsBoolean()
  personalDataConsent?: boolean;

  @ApiPropertyOptional({ description: 'Honeypot: leave empty (SUSPECTED_BOT otherwise).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

export class UpdateCommentBody implements UpdateCommentRequest {
  @ApiPropertyOptional({ minLength: COMMENT_MIN_LENGTH, maxLength: COMMENT_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(COMMENT_MIN_LENGTH, COMMENT_MAX_LENGTH)
  text?: string;

  @ApiPropertyOptional({ enum: Stance, enumName: 'Stance' })
  @IsOptional()
  @IsEnum(Stance)
  stance?: Stance;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: PROPOSED_WORDING_MAX_LENGTH, description: 'null clears it.' })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @Transform(trim)
  @IsString()
  @MaxLength(PROPOSED_WORDING_MAX_LENGTH)
  proposedWording?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it.' })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(60)
  areaKey?: string | null;
}

export class CreateReplyBody implements CreateReplyRequest {
  @ApiProperty({ minLength: REPLY_MIN_LENGTH, maxLength: REPLY_MAX_LENGTH, description: 'Plain text (never HTML); trimmed.' })
  @Transform(trim)
  @IsString()
  @Length(REPLY_MIN_LENGTH, REPLY_MAX_LENGTH)
  text!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Reply to this published reply of the same thread.' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  parentId?: string;

  @ApiPropertyOptional({ description: 'Staff only (FORBIDDEN otherwise): an official answer on behalf of the city.' })
  @IsOptional()
  @IsBoolean()
  official?: boolean;

  @ApiPropertyOptional({ description: 'Honeypot: leave empty (SUSPECTED_BOT otherwise).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

export class DeleteAccountBody implements DeleteAccountRequest {
  @ApiProperty({ description: 'The current password, checked again.' })
  @IsString()
  @MaxLength(1000)
  password!: string;

  @ApiProperty({ enum: AccountDeletionMode, enumName: 'AccountDeletionMode' })
  @IsIn(Object.values(AccountDeletionMode))
  comments!: AccountDeletionMode;
}
