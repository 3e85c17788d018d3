import { Role } from '@consulta/shared/contracts';
import { SetMetadata } from '@nestjs/common';

export const ACCESS_POLICY = 'consulta:access-policy';

/** Who may call a route. A route without one is refused by identity's AccessGuard (fail closed). */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not. Lives in core so that core's own controllers (health) can declare it. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
