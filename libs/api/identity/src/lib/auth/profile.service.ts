import { DomainException } from '@consulta/api/core';
import { ErrorCode, UpdateProfileRequest, UserDto } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { requireSignedIn } from '../access/require-actor';
import { SessionUser, toUserDto } from '../sessions/session-user';
import { UserChanges, UserRepository } from '../users/user.repository';

@Injectable()
export class ProfileService {
  constructor(private readonly users: UserRepository) {}

  /** Changes the signed-in user's own display name and language. */
  async update(actor: SessionUser | null, request: UpdateProfileRequest): Promise<UserDto> {
    requireSignedIn(actor);
    const changes: UserChanges = {};
    if (request.displayName !== undefined) changes.displayName = request.displayName.trim();
    if (request.locale !== undefined) changes.locale = request.locale;
    if (Object.keys(changes).length > 0) await this.users.update(actor.id, changes);
    const user = await this.users.findById(actor.id);
    if (!user) throw new DomainException(ErrorCode.Unauthenticated, 'Please sign in to continue.');
    return toUserDto(user);
  }
}
