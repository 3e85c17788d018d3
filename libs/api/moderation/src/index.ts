export * from './lib/moderation.module';
export * from './lib/screening/screening.module';
export * from './lib/entities';
export { AuditRepository, type NewAuditEntry } from './lib/repositories/audit.repository';
