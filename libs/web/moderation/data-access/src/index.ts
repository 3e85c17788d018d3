export * from './lib/moderation-api';
export * from './lib/queue-filters';
export * from './lib/moderation-queue-store';
