import { ApiErrorBody, ApiErrorDetail, ErrorCode } from '@consulta/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ApiErrorDetailResponse implements ApiErrorDetail {
  @ApiPropertyOptional() field?: string;
  @ApiPropertyOptional() line?: number;
  @ApiProperty() message!: string;
}

/** The body of every 4xx/5xx answer. */
export class ApiErrorResponse implements ApiErrorBody {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' }) code!: ErrorCode;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ type: [ApiErrorDetailResponse] }) details?: ApiErrorDetail[];
}
