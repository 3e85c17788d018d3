export * from './lib/web-identity-feature/web-identity-feature';
