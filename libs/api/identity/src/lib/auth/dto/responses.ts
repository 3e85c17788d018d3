import { Locale, LOCALES, OutboxMessageDto, Role, SessionDto, UserDto } from '@consulta/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class UserResponse implements UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'anna.nowak@example.pl' }) email!: string;
  @ApiProperty({ example: 'Anna Nowak' }) displayName!: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ enum: LOCALES, example: 'pl' }) locale!: Locale;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class SessionResponse implements SessionDto {
  @ApiProperty({ type: UserResponse, nullable: true, description: 'The signed-in user, or null.' })
  user!: UserDto | null;
}

export class OutboxMessageResponse implements OutboxMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String], description: 'Links found in the text.' }) links!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
