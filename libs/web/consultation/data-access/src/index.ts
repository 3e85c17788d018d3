export * from './lib/web-consultation-data-access/web-consultation-data-access';
