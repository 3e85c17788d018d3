export * from './lib/normalize';
