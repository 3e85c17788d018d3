import {
  AreaDto,
  ConsultationDetailDto,
  ConsultationStatus,
  ConsultationSummaryDto,
  DocumentDiffDto,
  DocumentVersionDto,
  DocumentVersionSummaryDto,
  ImportDocumentResultDto,
  ModerationMode,
  ParagraphChangeDto,
  ParagraphChangeKind,
  ParagraphDto,
  ParagraphKind,
  SectionDto,
  WordDiffPartDto,
} from '@consulta/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class AreaResponse implements AreaDto {
  @ApiProperty({ example: 'd01-stare-miasto' }) key!: string;
  @ApiProperty({ example: 'I Stare Miasto' }) name!: string;
}

export class ParagraphResponse implements ParagraphDto {
  @ApiProperty({ description: 'Stable key: survives new versions when the paragraph is unchanged or lightly edited.', example: 'k3x9a0qz' })
  key!: string;
  @ApiProperty({ description: '1-based position within the whole version (document order).' }) position!: number;
  @ApiProperty({ enum: ParagraphKind, enumName: 'ParagraphKind' }) kind!: ParagraphKind;
  @ApiProperty({ description: 'Plain text; inline Markdown (emphasis, links) kept as written.' }) text!: string;
}

export class SectionResponse implements SectionDto {
  @ApiProperty() key!: string;
  @ApiProperty({ description: '1-based position within the version.' }) position!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [ParagraphResponse] }) paragraphs!: ParagraphResponse[];
}

export class DocumentVersionResponse implements DocumentVersionDto {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) changeNote!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [SectionResponse] }) sections!: SectionResponse[];
}

export class DocumentVersionSummaryResponse implements DocumentVersionSummaryDto {
  @ApiProperty() number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) changeNote!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() sectionCount!: number;
  @ApiProperty() paragraphCount!: number;
}

export class ConsultationSummaryResponse implements ConsultationSummaryDto {
  @ApiProperty({ example: 'misja-krakowa' }) slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({
    enum: ConsultationStatus,
    enumName: 'ConsultationStatus',
    description: 'Derived from the publication state and the clock.',
  })
  status!: ConsultationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt!: string | null;
  @ApiProperty({ enum: ModerationMode, enumName: 'ModerationMode' }) moderationMode!: ModerationMode;
}

export class ConsultationDetailResponse extends ConsultationSummaryResponse implements ConsultationDetailDto {
  @ApiProperty({ type: [AreaResponse] }) areas!: AreaResponse[];
  @ApiProperty({
    type: DocumentVersionResponse,
    nullable: true,
    description: 'The current document version, or null before the first import.',
  })
  document!: DocumentVersionResponse | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ImportDocumentResultResponse implements ImportDocumentResultDto {
  @ApiProperty({ type: DocumentVersionResponse }) version!: DocumentVersionResponse;
  @ApiProperty({ description: 'Paragraph keys carried over from the previous version.' }) carriedOver!: number;
  @ApiProperty({ description: 'Paragraphs that got new keys.' }) added!: number;
  @ApiProperty({ description: 'Paragraphs of the previous version without a successor.' }) removed!: number;
}

export class WordDiffPartResponse implements WordDiffPartDto {
  @ApiProperty({ enum: ['equal', 'insert', 'delete'] }) op!: 'equal' | 'insert' | 'delete';
  @ApiProperty({ description: 'Words, spaces and punctuation exactly as written.' }) text!: string;
}

export class ParagraphChangeResponse implements ParagraphChangeDto {
  @ApiProperty({ enum: ParagraphChangeKind, enumName: 'ParagraphChangeKind' }) kind!: ParagraphChangeKind;
  @ApiProperty() paragraphKey!: string;
  @ApiProperty({ description: 'The section in the later version (in the earlier one for a removed paragraph).' }) sectionKey!: string;
  @ApiProperty() sectionTitle!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for an added paragraph.' }) before!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null for a removed paragraph.' }) after!: string | null;
  @ApiProperty({
    type: [WordDiffPartResponse],
    description: 'Changed paragraphs: equal+delete parts joined give `before`, equal+insert give `after`. Empty otherwise.',
  })
  words!: WordDiffPartResponse[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Themes (still existing) staff linked to the change.' }) themeIds!: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Published comments staff linked to the change.' }) commentIds!: string[];
}

export class DocumentDiffResponse implements DocumentDiffDto {
  @ApiProperty() fromVersion!: number;
  @ApiProperty() toVersion!: number;
  @ApiProperty({ type: [ParagraphChangeResponse], description: 'In the later version’s order; removed paragraphs where they were.' })
  changes!: ParagraphChangeResponse[];
  @ApiProperty({ type: [String], description: 'Keys of sections only in the later version.' }) sectionsAdded!: string[];
  @ApiProperty({ type: [String], description: 'Keys of sections only in the earlier version.' }) sectionsRemoved!: string[];
}
