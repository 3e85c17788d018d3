export * from './lib/participation.module';
export * from './lib/entities';
export { PARTICIPATION_LIMITS } from './lib/participation-limits';
export * from './lib/services/submission-screening';
export * from './lib/anchor';
export type { NewComment } from './lib/repositories/comment.repository';
