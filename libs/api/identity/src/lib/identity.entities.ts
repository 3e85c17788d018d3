import { SessionEntity } from './sessions/session.entity';
import { UserTokenEntity } from './tokens/user-token.entity';
import { UserEntity } from './users/user.entity';

/** Every entity of the identity domain (for TypeOrmModule.forFeature and the schema check). */
export const IDENTITY_ENTITIES = [UserEntity, SessionEntity, UserTokenEntity];
