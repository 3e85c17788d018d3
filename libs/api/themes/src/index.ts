export * from './lib/engine';
