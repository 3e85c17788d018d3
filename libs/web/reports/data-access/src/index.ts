export * from './lib/reports-api';
export * from './lib/report-comments-store';
