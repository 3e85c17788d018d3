import { ReportCommentRowEntity } from './report-comment-row.entity';
import { ReportDraftEntity } from './report-draft.entity';
import { ReportFileChunkEntity, ReportFileEntity } from './report-file.entity';
import { ReportVersionEntity } from './report-version.entity';

export { ReportCommentRowEntity, ReportDraftEntity, ReportFileChunkEntity, ReportFileEntity, ReportVersionEntity };

/** Every entity of the reports domain (TypeOrmModule.forFeature, migration checks). */
export const REPORT_ENTITIES = [ReportDraftEntity, ReportVersionEntity, ReportCommentRowEntity, ReportFileEntity, ReportFileChunkEntity];
