export * from './lib/web-consultation-feature/web-consultation-feature';
