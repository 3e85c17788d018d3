import { ErrorCode, JobDto, JobErrorDto, JobState } from '@consulta/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class JobErrorResponse implements JobErrorDto {
  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' }) code!: ErrorCode;
  @ApiProperty({ description: 'English fallback; translate `code`.' }) message!: string;
}

export class JobResponse implements JobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'themes.suggest' }) kind!: string;
  @ApiProperty({ enum: JobState, enumName: 'JobState' }) state!: JobState;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'How far the job is; 1 once succeeded.' }) progress!: number;
  @ApiProperty({ type: String, nullable: true, description: 'What the job is doing now. Plain text.' }) message!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The handler’s summary, once succeeded.',
  })
  result!: Record<string, unknown> | null;
  @ApiProperty({ type: JobErrorResponse, nullable: true, description: 'Why it failed (state failed only).' })
  error!: JobErrorResponse | null;
  @ApiProperty({ description: 'Attempts started so far.' }) attempts!: number;
  @ApiProperty() maxAttempts!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}
