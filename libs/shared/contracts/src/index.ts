export * from './lib/errors';
export * from './lib/identity';
export * from './lib/consultation';
export * from './lib/health';
export * from './lib/participation';
export * from './lib/moderation';
export * from './lib/jobs';
