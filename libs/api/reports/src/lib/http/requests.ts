import {
  PublishReportRequest,
  REPORT_CHANGE_NOTE_MAX_LENGTH,
  REPORT_COMMENT_PAGE_DEFAULT_LIMIT,
  REPORT_COMMENT_PAGE_MAX_LIMIT,
  REPORT_TEXT_FIELD_MAX_LENGTH,
  ReportFileFormat,
  UpdateReportHeaderRequest,
} from '@consulta/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_VERSION = 2_147_483_647;

/** Fields sent change; a date may be null (cleared). */
export class UpdateReportHeaderBody implements UpdateReportHeaderRequest {
  @ApiPropertyOptional({ maxLength: REPORT_TEXT_FIELD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_FIELD_MAX_LENGTH)
  subject?: string;

  @ApiPropertyOptional({ maxLength: REPORT_TEXT_FIELD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_FIELD_MAX_LENGTH)
  organiser?: string;

  @ApiPropertyOptional({ maxLength: REPORT_TEXT_FIELD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_FIELD_MAX_LENGTH)
  participants?: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2026-03-01' })
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  startDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2026-03-31' })
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  endDate?: string | null;

  @ApiPropertyOptional({ maxLength: REPORT_TEXT_FIELD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_FIELD_MAX_LENGTH)
  announcement?: string;

  @ApiPropertyOptional({ maxLength: REPORT_TEXT_FIELD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_FIELD_MAX_LENGTH)
  forms?: string;

  @ApiPropertyOptional({ maxLength: REPORT_TEXT_FIELD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_TEXT_FIELD_MAX_LENGTH)
  summary?: string;
}

export class PublishReportBody implements PublishReportRequest {
  @ApiPropertyOptional({ maxLength: REPORT_CHANGE_NOTE_MAX_LENGTH, description: 'Required from version 2 on: what was corrected.' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_CHANGE_NOTE_MAX_LENGTH)
  changeNote?: string;
}

export class ReportCommentPageQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: REPORT_COMMENT_PAGE_MAX_LIMIT, default: REPORT_COMMENT_PAGE_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(REPORT_COMMENT_PAGE_MAX_LIMIT)
  limit?: number;
}

export class ReportVersionParams {
  @ApiProperty()
  @IsString()
  slug!: string;

  @ApiProperty({ minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}

export class ReportFileParams extends ReportVersionParams {
  @ApiProperty({ enum: ReportFileFormat, enumName: 'ReportFileFormat' })
  @IsEnum(ReportFileFormat)
  format!: ReportFileFormat;
}
