import { MigrationInterface } from 'typeorm';
import { CreateIdentity1764000000000 } from './1764000000000-create-identity';
import { CreateConsultations1764000100000 } from './1764000100000-create-consultations';

/**
 * Every committed migration, in order. Generate new ones with `npm run migration:generate -- <name>`;
 * never edit one that has landed.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [CreateIdentity1764000000000, CreateConsultations1764000100000];
