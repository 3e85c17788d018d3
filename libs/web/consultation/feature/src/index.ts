export * from './lib/consultation.routes';
