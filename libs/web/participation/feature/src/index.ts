export * from './lib/participation.routes';
export * from './lib/section-discussion';
export * from './lib/participation-labels';
