export * from './lib/status-badge';
export * from './lib/language-switch';
export * from './lib/field-error';
export * from './lib/alert-message';
export * from './lib/job-progress-bar';
