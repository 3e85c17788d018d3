import { MigrationInterface } from 'typeorm';
import { CreateIdentity1764000000000 } from './1764000000000-create-identity';
import { CreateConsultations1764000100000 } from './1764000100000-create-consultations';
import { CreateParticipation1764000200000 } from './1764000200000-create-participation';
import { CountPublishedComments1764000300000 } from './1764000300000-count-published-comments';

/**
 * Every committed migration, in order. Generate new ones with `npm run migration:generate -- <name>`;
 * never edit one that has landed.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateIdentity1764000000000,
  CreateConsultations1764000100000,
  CreateParticipation1764000200000,
  CountPublishedComments1764000300000,
];
