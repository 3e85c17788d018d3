export * from './lib/moderation.routes';
