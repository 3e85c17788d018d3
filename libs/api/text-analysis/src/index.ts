export * from './lib/normalize';
export * from './lib/flags';
