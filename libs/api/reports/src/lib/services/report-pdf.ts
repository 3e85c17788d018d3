import { ReportCommentRowDto, ReportContentDto } from '@consulta/shared/contracts';

/** What publishing needs from the PDF renderer (src/lib/pdf, renderReportPdf). */
export interface ReportPdfRenderer {
  render(
    input: { content: ReportContentDto; rows: AsyncIterable<ReportCommentRowDto>; version: number; publishedAt: string | null },
    out: NodeJS.WritableStream,
  ): Promise<unknown>;
}
export const REPORT_PDF_RENDERER = Symbol('REPORT_PDF_RENDERER');
