import { HealthDto } from '@consulta/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class HealthResponse implements HealthDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status!: 'ok' | 'unavailable';
  @ApiProperty({ enum: ['up', 'down'] }) database!: 'up' | 'down';
  @ApiProperty({ enum: ['embedded', 'postgres'] }) databaseKind!: 'embedded' | 'postgres';
  @ApiProperty() version!: string;
}
