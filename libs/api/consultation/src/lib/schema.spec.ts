import { pendingSchemaChanges } from '@consulta/api/testing';
import { CONSULTATION_ENTITIES } from './entities';

describe('consultation schema', () => {
  it('is exactly what the committed migrations create', async () => {
    expect(await pendingSchemaChanges(CONSULTATION_ENTITIES)).toEqual([]);
  });
});
