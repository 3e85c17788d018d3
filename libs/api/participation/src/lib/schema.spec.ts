import { CONSULTATION_ENTITIES } from '@consulta/api/consultation';
import { IDENTITY_ENTITIES } from '@consulta/api/identity';
import { pendingSchemaChanges } from '@consulta/api/testing';
import { PARTICIPATION_ENTITIES } from './entities';

describe('participation schema', () => {
  it('is exactly what the committed migrations create', async () => {
    // The referenced tables' entities come along so that TypeORM knows the foreign keys' targets.
    const changes = await pendingSchemaChanges([...IDENTITY_ENTITIES, ...CONSULTATION_ENTITIES, ...PARTICIPATION_ENTITIES]);
    expect(changes).toEqual([]);
  });
});
