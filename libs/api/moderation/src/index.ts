export * from './lib/moderation.module';
export * from './lib/screening/screening.module';
export * from './lib/entities';
