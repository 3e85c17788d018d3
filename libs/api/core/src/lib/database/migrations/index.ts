import { MigrationInterface } from 'typeorm';

/**
 * Every committed migration, in order. Generate new ones with `npm run migration:generate -- <name>`;
 * never edit one that has landed.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [];
