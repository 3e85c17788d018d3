export * from './lib/api-consultation';
