export * from './lib/reports.module';
export * from './lib/entities';
// For tools/bench: the job handlers run directly, without the queue.
export { GenerateReportHandler } from './lib/jobs/generate-report.handler';
export { PublishReportHandler } from './lib/jobs/publish-report.handler';
export { GENERATE_REPORT_JOB, PUBLISH_REPORT_JOB } from './lib/report-jobs';
export type { GenerateReportPayload, PublishReportPayload } from './lib/report-jobs';
