import {
  AgreementDto,
  AnchorKind,
  CommentCountsDto,
  CommentDto,
  CommentPageDto,
  CommentState,
  DispositionDecision,
  DispositionDto,
  MyAgreementExportDto,
  MyCommentDto,
  MyDataExportDto,
  MyParticipationDto,
  MyReplyDto,
  ParagraphCommentCountDto,
  RejectionDto,
  RejectionReason,
  ReplyDto,
  ReplyPageDto,
  SectionCommentCountsDto,
  Stance,
  SubmitterType,
} from '@consulta/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class RejectionResponse implements RejectionDto {
  @ApiProperty({ enum: RejectionReason, enumName: 'RejectionReason' }) reason!: RejectionReason;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class DispositionResponse implements DispositionDto {
  @ApiProperty({ enum: DispositionDecision, enumName: 'DispositionDecision' }) decision!: DispositionDecision;
  @ApiProperty() explanation!: string;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

export class CommentResponse implements CommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() consultationSlug!: string;
  @ApiProperty() sectionKey!: string;
  @ApiProperty({ type: String, nullable: true }) paragraphKey!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The quoted passage (anchorKind passage).' }) quote!: string | null;
  @ApiProperty({ enum: AnchorKind, enumName: 'AnchorKind' }) anchorKind!: AnchorKind;
  @ApiProperty({ description: 'The document version number the comment was written on.' }) documentVersion!: number;
  @ApiProperty({ description: 'Its paragraph (or section) is not in the current version any more.' }) anchorMissing!: boolean;
  @ApiProperty({ description: 'Plain text: render as text, never as HTML.' }) text!: string;
  @ApiProperty({ enum: Stance, enumName: 'Stance' }) stance!: Stance;
  @ApiProperty({ type: String, nullable: true }) proposedWording!: string | null;
  @ApiProperty({ type: String, nullable: true }) areaKey!: string | null;
  @ApiProperty({ enum: SubmitterType, enumName: 'SubmitterType' }) submitterType!: SubmitterType;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty({ description: 'Display name, organisation name, or a neutral label for deleted accounts.' }) authorName!: string;
  @ApiProperty() isMine!: boolean;
  @ApiProperty({ enum: CommentState, enumName: 'CommentState' }) state!: CommentState;
  @ApiProperty({ type: RejectionResponse, nullable: true, description: 'Only for the author and staff.' })
  rejection!: RejectionResponse | null;
  @ApiProperty({ description: 'The city has replied officially in this thread.' }) official!: boolean;
  @ApiProperty() agreeCount!: number;
  @ApiProperty() agreedByMe!: boolean;
  @ApiProperty({ description: 'Published replies in the thread.' }) replyCount!: number;
  @ApiProperty({ type: DispositionResponse, nullable: true, description: 'The city’s decision once approved (public); null before.' })
  disposition!: DispositionResponse | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) editedAt!: string | null;
}

export class ReplyResponse implements ReplyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The thread root.' }) commentId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ description: '1 for replies to the comment.' }) depth!: number;
  @ApiProperty() text!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() isMine!: boolean;
  @ApiProperty() official!: boolean;
  @ApiProperty({ enum: CommentState, enumName: 'CommentState' }) state!: CommentState;
  @ApiProperty({ type: RejectionResponse, nullable: true }) rejection!: RejectionResponse | null;
  @ApiProperty() agreeCount!: number;
  @ApiProperty() agreedByMe!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CommentPageResponse implements CommentPageDto {
  @ApiProperty({ type: [CommentResponse] }) items!: CommentResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ description: 'Published comments matching the filter.' }) total!: number;
}

export class ReplyPageResponse implements ReplyPageDto {
  @ApiProperty({ type: [ReplyResponse], description: 'The whole thread, depth-first, siblings oldest first.' }) items!: ReplyResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null for now (whole thread).' }) nextCursor!: string | null;
  @ApiProperty({ description: 'Published replies in the thread.' }) total!: number;
}

export class ParagraphCommentCountResponse implements ParagraphCommentCountDto {
  @ApiProperty() paragraphKey!: string;
  @ApiProperty() count!: number;
}

export class SectionCommentCountsResponse implements SectionCommentCountsDto {
  @ApiProperty() sectionKey!: string;
  @ApiProperty({ description: 'Published comments anywhere in the section.' }) count!: number;
  @ApiProperty({ type: [ParagraphCommentCountResponse] }) paragraphs!: ParagraphCommentCountResponse[];
}

export class CommentCountsResponse implements CommentCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [SectionCommentCountsResponse] }) sections!: SectionCommentCountsResponse[];
}

export class AgreementResponse implements AgreementDto {
  @ApiProperty() agreeCount!: number;
  @ApiProperty() agreedByMe!: boolean;
}

export class MyCommentResponse extends CommentResponse implements MyCommentDto {
  @ApiProperty() consultationTitle!: string;
  @ApiProperty({ type: [ReplyResponse] }) officialReplies!: ReplyResponse[];
}

export class MyReplyResponse extends ReplyResponse implements MyReplyDto {
  @ApiProperty() consultationSlug!: string;
  @ApiProperty() consultationTitle!: string;
}

export class MyParticipationResponse implements MyParticipationDto {
  @ApiProperty({ type: [MyCommentResponse] }) comments!: MyCommentResponse[];
  @ApiProperty({ type: [MyReplyResponse] }) replies!: MyReplyResponse[];
}

export class AccountExportResponse {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() role!: string;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty() locale!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AgreementExportResponse implements MyAgreementExportDto {
  @ApiProperty({ type: String, nullable: true }) commentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) replyId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MyDataExportResponse implements MyDataExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: AccountExportResponse }) account!: AccountExportResponse;
  @ApiProperty({ type: [MyCommentResponse] }) comments!: MyCommentResponse[];
  @ApiProperty({ type: [MyReplyResponse] }) replies!: MyReplyResponse[];
  @ApiProperty({ type: [AgreementExportResponse] }) agreements!: AgreementExportResponse[];
}
