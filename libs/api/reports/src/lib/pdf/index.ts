export { renderReportPdf, REPORT_PDF_TITLE } from './report-pdf';
export type { ReportPdfInput } from './report-pdf';
