import { OutboxMessageEntity, RateLimitCounterEntity } from '@consulta/api/core';
import { pendingSchemaChanges } from '@consulta/api/testing';
import { IDENTITY_ENTITIES } from './identity.entities';

describe('identity schema', () => {
  it('matches the committed migrations', async () => {
    expect(await pendingSchemaChanges([...IDENTITY_ENTITIES, RateLimitCounterEntity, OutboxMessageEntity])).toEqual([]);
  });
});
