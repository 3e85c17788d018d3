export * from './lib/web-admin-feature/web-admin-feature';
