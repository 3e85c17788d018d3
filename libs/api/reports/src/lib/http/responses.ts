import {
  DispositionDecision,
  DocumentDiffDto,
  PublishedReportDto,
  ReportCommentPageDto,
  ReportCommentRowDto,
  ReportContentDto,
  ReportCountDto,
  ReportDayDto,
  ReportDraftState,
  ReportFiguresDto,
  ReportFileDto,
  ReportFileFormat,
  ReportHeaderDto,
  ReportJobStartedDto,
  ReportQuoteDto,
  ReportThemeDto,
  ReportVersionSummaryDto,
  Stance,
  StaffReportDto,
  SubmissionChannel,
  SubmitterType,
  THEME_COLOURS,
  ThemeColour,
} from '@consulta/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class ReportHeaderResponse implements ReportHeaderDto {
  @ApiProperty({ description: 'Przedmiot konsultacji' }) subject!: string;
  @ApiProperty({ description: 'Organizator' }) organiser!: string;
  @ApiProperty({ description: 'Kogo konsultowano' }) participants!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startDate!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) endDate!: string | null;
  @ApiProperty({ description: 'Sposób informowania' }) announcement!: string;
  @ApiProperty({ description: 'Formy konsultacji' }) forms!: string;
  @ApiProperty() summary!: string;
}

export class ReportCountResponse implements ReportCountDto {
  @ApiProperty() key!: string;
  @ApiProperty({ description: 'Polish label' }) label!: string;
  @ApiProperty() count!: number;
}

export class ReportDayResponse implements ReportDayDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() comments!: number;
  @ApiProperty() replies!: number;
}

export class ReportFiguresResponse implements ReportFiguresDto {
  @ApiProperty() comments!: number;
  @ApiProperty() replies!: number;
  @ApiProperty() uniqueParticipants!: number;
  @ApiProperty({ type: [ReportCountResponse] }) byChannel!: ReportCountDto[];
  @ApiProperty({ type: [ReportCountResponse] }) bySubmitterType!: ReportCountDto[];
  @ApiProperty({ type: [ReportCountResponse] }) byArea!: ReportCountDto[];
  @ApiProperty({ type: [ReportCountResponse] }) bySection!: ReportCountDto[];
  @ApiProperty({ type: [ReportCountResponse] }) byStance!: ReportCountDto[];
  @ApiProperty({ type: [ReportDayResponse] }) overTime!: ReportDayDto[];
  @ApiProperty() received!: number;
  @ApiProperty() published!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: [ReportCountResponse] }) rejectedByReason!: ReportCountDto[];
  @ApiProperty() hidden!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty({ type: [ReportCountResponse] }) byDecision!: ReportCountDto[];
}

export class ReportQuoteResponse implements ReportQuoteDto {
  @ApiProperty({ description: "The comment's number in the report's table" }) number!: number;
  @ApiProperty() text!: string;
}

export class ReportThemeResponse implements ReportThemeDto {
  @ApiProperty({ format: 'uuid' }) themeId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: THEME_COLOURS }) colour!: ThemeColour;
  @ApiProperty() count!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Published comments by stance' })
  stance!: Record<Stance, number>;
  @ApiProperty({ type: [ReportQuoteResponse] }) quotes!: ReportQuoteDto[];
  @ApiProperty({ type: String, nullable: true }) response!: string | null;
}

export class ReportContentResponse implements ReportContentDto {
  @ApiProperty() consultationSlug!: string;
  @ApiProperty() consultationTitle!: string;
  @ApiProperty({ type: ReportHeaderResponse }) header!: ReportHeaderDto;
  @ApiProperty({ type: ReportFiguresResponse }) figures!: ReportFiguresDto;
  @ApiProperty({ type: [ReportThemeResponse] }) themes!: ReportThemeDto[];
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'DocumentDiffDto: first vs current version' })
  changes!: DocumentDiffDto | null;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
}

export class ReportCommentRowResponse implements ReportCommentRowDto {
  @ApiProperty() number!: number;
  @ApiProperty({ enum: SubmitterType, enumName: 'SubmitterType' }) submitterType!: SubmitterType;
  @ApiProperty({ type: String, nullable: true, description: 'Organisations only; never a private person’s name' })
  organisationName!: string | null;
  @ApiProperty({ enum: SubmissionChannel, enumName: 'SubmissionChannel' }) channel!: SubmissionChannel;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty() sectionKey!: string;
  @ApiProperty() sectionTitle!: string;
  @ApiProperty({ type: String, nullable: true }) passage!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) proposedWording!: string | null;
  @ApiProperty({ enum: Stance, enumName: 'Stance' }) stance!: Stance;
  @ApiProperty({ type: String, nullable: true }) areaKey!: string | null;
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty({ enum: DispositionDecision, enumName: 'DispositionDecision', nullable: true }) decision!: DispositionDecision | null;
  @ApiProperty({ type: String, nullable: true }) justification!: string | null;
}

export class ReportCommentPageResponse implements ReportCommentPageDto {
  @ApiProperty({ type: [ReportCommentRowResponse] }) items!: ReportCommentRowDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty() total!: number;
}

export class ReportFileResponse implements ReportFileDto {
  @ApiProperty({ enum: ReportFileFormat, enumName: 'ReportFileFormat' }) format!: ReportFileFormat;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty() url!: string;
}

export class ReportVersionSummaryResponse implements ReportVersionSummaryDto {
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: String, nullable: true }) changeNote!: string | null;
  @ApiProperty({ type: [ReportFileResponse] }) files!: ReportFileDto[];
}

export class StaffReportResponse implements StaffReportDto {
  @ApiProperty({ enum: ReportDraftState, enumName: 'ReportDraftState' }) state!: ReportDraftState;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) jobId!: string | null;
  @ApiProperty({ type: ReportContentResponse, nullable: true }) draft!: ReportContentDto | null;
  @ApiProperty({ type: [ReportVersionSummaryResponse] }) versions!: ReportVersionSummaryDto[];
}

export class ReportJobStartedResponse implements ReportJobStartedDto {
  @ApiProperty({ format: 'uuid', description: 'Follow it at GET /api/jobs/:id' }) jobId!: string;
}

export class PublishedReportResponse implements PublishedReportDto {
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: String, nullable: true }) changeNote!: string | null;
  @ApiProperty({ type: ReportContentResponse }) content!: ReportContentDto;
  @ApiProperty({ type: [ReportFileResponse] }) files!: ReportFileDto[];
  @ApiProperty({ type: [ReportVersionSummaryResponse] }) versions!: ReportVersionSummaryDto[];
}
